package studio.quire.editor;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import studio.quire.compare.ComparedText;
import studio.quire.compare.ComparisonRequest;
import studio.quire.compare.MergeTarget;
import studio.quire.text.Document;
import studio.quire.text.MarkdownFormat;
import studio.quire.ui.BackgroundTask;
import studio.quire.ui.TaskExecutor;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The conflict banner's state and its choices: "Use my version", or a comparison of their text
 * (older side) with mine (newer side) whose merged text the writer saves. Either way their text
 * is kept as a named revision first, so nothing is lost whichever version the writer keeps.
 */
final class ConflictResolution {
    private final SectionEditorViewModel.RevisionSaver revisions;
    private final TaskExecutor executor;
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(false);
    private UUID sectionId;
    private String localMarkdown;
    private String theirMarkdown;

    ConflictResolution(SectionEditorViewModel.RevisionSaver revisions, TaskExecutor executor) {
        this.revisions = revisions;
        this.executor = executor;
    }

    void show(UUID id, String mine, String theirs) {
        sectionId = id;
        localMarkdown = mine;
        theirMarkdown = theirs;
        shown.set(true);
    }

    void dismiss() {
        sectionId = null;
        localMarkdown = null;
        theirMarkdown = null;
        shown.set(false);
    }

    /** Keeps theirs as a named revision, then hands my text to {@code putBack} (unless the section changed). */
    void useMine(Supplier<UUID> openSection, Consumer<String> putBack, Consumer<Throwable> failed) {
        use(localMarkdown, openSection, putBack, failed);
    }

    /**
     * The comparison of their text with mine; its merged text is used like mine would be. Empty when
     * no conflict is shown.
     */
    Optional<ComparisonRequest> comparison(String sectionTitle, Supplier<UUID> openSection, Consumer<String> putBack,
                                           Consumer<Throwable> failed) {
        UUID id = sectionId;
        String mine = localMarkdown;
        String theirs = theirMarkdown;
        if (id == null || mine == null || theirs == null) {
            return Optional.empty();
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
                return use(MarkdownFormat.write(merged.get(0)), openSection, putBack, failed);
            }
        };
        return Optional.of(new ComparisonRequest("Conflict in “" + sectionTitle + "”: their version ↔ yours",
                "Their version", "Your version",
                () -> List.of(new ComparedText(id, sectionTitle, MarkdownFormat.parse(theirs), MarkdownFormat.parse(mine))),
                target));
    }

    /** Keeps theirs as a named revision, then puts {@code text} in the editor; completes once it is there. */
    private CompletableFuture<Void> use(String text, Supplier<UUID> openSection, Consumer<String> putBack,
                                        Consumer<Throwable> failed) {
        UUID id = sectionId;
        CompletableFuture<Void> used = new CompletableFuture<>();
        if (id == null || text == null) {
            used.completeExceptionally(new IllegalStateException("No conflict is shown."));
            return used;
        }
        dismiss();
        executor.execute(BackgroundTask.ofRunnable(
                        () -> revisions.saveNamedRevision(id, SectionEditorViewModel.THEIR_REVISION_NAME))
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
                    failed.accept(error);
                    used.completeExceptionally(error);
                }));
        return used;
    }

    ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }
}
