package studio.quire.editor;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.quire.compare.ComparedText;
import studio.quire.compare.ComparisonRequest;
import studio.quire.compare.MergeTarget;
import studio.quire.text.Document;
import studio.quire.text.MarkdownFormat;
import studio.quire.ui.BackgroundTask;
import studio.quire.ui.ErrorText;
import studio.quire.ui.TaskExecutor;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Supplier;

import studio.quire.editor.store.SectionTextRepository;
/**
 * The conflict banner of the section editor: shown when someone else saved the open section while
 * the writer was writing (the editor then shows their text; mine is already a conflict revision).
 * The choices: keep theirs; "Use my version"; or a comparison of their text (older side) with mine
 * (newer side) whose merged text is used like mine. Before mine or a merge goes back, their text is
 * kept as a named revision, so nothing is lost whichever version the writer keeps. Owned by
 * {@link SectionEditorViewModel}, which shows the conflict and takes the text put back.
 */
public final class SectionConflictViewModel {
    public static final String CONFLICT_TEXT =
            "Someone else saved this section while you were writing. Your version is kept as a conflict revision.";
    public static final String THEIR_REVISION_NAME = "Their version, before mine replaced it";

    private static final Logger LOG = LoggerFactory.getLogger(SectionConflictViewModel.class);

    /** Keeps the other side's text as a named revision (SectionTextRepository::saveNamedRevision). */
    @FunctionalInterface
    public interface RevisionSaver {
        void saveNamedRevision(UUID sectionId, String name);
    }

    private final RevisionSaver revisions;
    private final TaskExecutor executor;
    private final Supplier<UUID> openSection;
    private final Consumer<String> putBack;
    private final Consumer<String> tell;
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(false);
    private Consumer<ComparisonRequest> onCompare = request -> { };
    private UUID sectionId;
    private String sectionTitle;
    private String localMarkdown;
    private String theirMarkdown;

    /**
     * @param openSection the section the editor shows now
     * @param putBack     replaces the editor's text as one undoable edit, saved like typing
     * @param tell        shows the writer a message (why their version could not be kept)
     */
    SectionConflictViewModel(RevisionSaver revisions, TaskExecutor executor, Supplier<UUID> openSection,
                             Consumer<String> putBack, Consumer<String> tell) {
        this.revisions = Objects.requireNonNull(revisions);
        this.executor = executor;
        this.openSection = openSection;
        this.putBack = putBack;
        this.tell = tell;
    }

    /** Offers the choices: the editor shows {@code theirs} now; {@code mine} is the text that lost. */
    void show(UUID id, String title, String mine, String theirs) {
        sectionId = id;
        sectionTitle = title;
        localMarkdown = mine;
        theirMarkdown = theirs;
        shown.set(true);
    }

    /** Hides the banner and forgets the conflict (another section opened, or the writer chose). */
    void dismiss() {
        sectionId = null;
        sectionTitle = null;
        localMarkdown = null;
        theirMarkdown = null;
        shown.set(false);
    }

    /** Keep their text (mine stays in the conflict revision). */
    public void keepTheirs() {
        dismiss();
    }

    /** Keeps theirs as a named revision, then puts my text back in the editor (saved normally). */
    public void useMine() {
        use(localMarkdown);
    }

    /**
     * Compares their text with mine change by change, in the window {@link #setOnCompare} opens;
     * the merged text is used like mine would be. Nothing happens when no conflict is shown.
     */
    public void compare() {
        UUID id = sectionId;
        String title = sectionTitle;
        String mine = localMarkdown;
        String theirs = theirMarkdown;
        if (id == null || mine == null || theirs == null) {
            return;
        }
        MergeTarget target = new MergeTarget() {
            @Override
            public String saveLabel() {
                return "Use this version";
            }

            @Override
            public CompletionStage<Void> save(List<Document> merged) {
                if (!id.equals(sectionId)) {
                    return CompletableFuture.failedFuture(new IllegalStateException(
                            "This conflict was settled meanwhile (or another section opened); the merged text was not used."));
                }
                return use(MarkdownFormat.write(merged.get(0)));
            }
        };
        onCompare.accept(new ComparisonRequest("Conflict in “" + title + "”: their version ↔ yours",
                "Their version", "Your version",
                () -> List.of(new ComparedText(id, title, MarkdownFormat.parse(theirs), MarkdownFormat.parse(mine))),
                target));
    }

    /** Where a conflict's comparison goes (the studio opens a comparison window), on the FX thread. */
    public void setOnCompare(Consumer<ComparisonRequest> consumer) {
        onCompare = Objects.requireNonNull(consumer);
    }

    /** True while the banner is shown. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** What the banner says. */
    public String text() {
        return CONFLICT_TEXT;
    }

    /** Keeps theirs as a named revision, then puts {@code text} in the editor; completes once it is there. */
    private CompletableFuture<Void> use(String text) {
        UUID id = sectionId;
        CompletableFuture<Void> used = new CompletableFuture<>();
        if (id == null || text == null) {
            used.completeExceptionally(new IllegalStateException("No conflict is shown."));
            return used;
        }
        dismiss();
        executor.execute(BackgroundTask.ofRunnable(() -> revisions.saveNamedRevision(id, THEIR_REVISION_NAME))
                .onSuccess(done -> {
                    if (id.equals(openSection.get())) {
                        putBack.accept(text);
                        used.complete(null);
                    } else {
                        used.completeExceptionally(new IllegalStateException(
                                "Another section was opened; their version is kept as a revision, yours as a conflict revision."));
                    }
                })
                .onFailure(error -> {
                    tell.accept("Their version could not be kept, so yours was not put back: " + ErrorText.oneLine(error));
                    LOG.warn("Keeping their version of section {} failed", id, error);
                    used.completeExceptionally(error);
                }));
        return used;
    }
}
