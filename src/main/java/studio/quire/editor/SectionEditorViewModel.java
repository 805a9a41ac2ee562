package studio.quire.editor;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.quire.ui.ErrorText;
import studio.quire.ui.TaskExecutor;

import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import studio.quire.editor.store.SectionTextRepository;
import studio.quire.editor.store.SectionConflict;
import studio.quire.editor.store.SaveStatus;
import studio.quire.editor.store.SaveListener;
import studio.quire.editor.store.SectionStore;
/**
 * The section editor's state and commands: which section is open, its save status, counts, focus
 * mode and the conflict banner ({@link #conflict()}). Text travels as {@link EditorText}, the view's
 * own immutable form: the view hands one over (coalesced, about 300 ms after typing stops), the
 * conversion to the stored format runs in the background, serially and newest last, and ends in
 * {@link SectionStore#edited}. Texts to show are built in the background with the view's
 * {@link EditorText.Builder} and go back to the view through {@link #setDocumentSink}. Its parts:
 * {@link SectionOpening} (which section, loading), {@link StoreLane} (the store, in order),
 * {@link TextsToShow} (pastes, replacements), {@link EditorCounts}.
 */
public final class SectionEditorViewModel {
    public static final String NOTHING_SELECTED = "Select a section in the binder to start writing";
    public static final String CONTAINER_SELECTED =
            "Chapters hold sections. Select a section, or create one inside this chapter with Ctrl+Shift+Enter.";
    public static final String RECOVERED =
            "Recovered text typed on this computer that had not reached the server; saving it now.";
    public static final String PASTE_CLEANED = "Invisible control characters were removed from the pasted text.";

    private static final Logger LOG = LoggerFactory.getLogger(SectionEditorViewModel.class);

    private final StoreLane store;
    private final SectionOpening opening;
    private final SectionConflictViewModel conflict;
    private final TextsToShow shown;
    private final EditorCounts counts;

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper saveStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper saveDetail = new ReadOnlyStringWrapper("");
    private final BooleanProperty focusMode = new SimpleBooleanProperty(false);

    private Runnable pendingEditsFlusher = () -> { };

    public SectionEditorViewModel(SectionStore store, SectionTextRepository revisions, EditorText.Builder texts,
                                  TaskExecutor executor) {
        this(store, revisions::saveNamedRevision, texts, executor);
    }

    /** @param texts builds the view's form of a text (the view package's), called in the background */
    public SectionEditorViewModel(SectionStore store, SectionConflictViewModel.RevisionSaver revisions,
                                  EditorText.Builder texts, TaskExecutor executor) {
        Editor editor = new Editor();
        this.store = new StoreLane(store, texts, executor, editor);
        this.opening = new SectionOpening(this.store, () -> pendingEditsFlusher.run(), editor);
        this.conflict = new SectionConflictViewModel(revisions, executor, opening::sectionId, this::replaceText,
                message::set);
        this.shown = new TextsToShow(texts, executor, opening, message::set);
        this.counts = new EditorCounts(new EditorLane(executor));
        this.store.listen();
    }

    /** The view's receiver of texts to show; called on the FX thread. */
    public void setDocumentSink(Consumer<DocumentLoad> sink) {
        shown.setSink(sink);
    }

    /** The view's way to hand over a text it is still holding back (its coalescing timer). */
    public void setPendingEditsFlusher(Runnable flusher) {
        this.pendingEditsFlusher = Objects.requireNonNull(flusher);
    }

    /** Opens a section: saves what is pending for the previous one, then loads this one in the background. */
    public void open(UUID id, String sectionTitle, boolean readOnlyMode) {
        opening.open(id, sectionTitle, readOnlyMode);
    }

    /** Shows no text, with the reason in its place (nothing selected, a chapter selected). */
    public void showNothing(String reason) {
        opening.showNothing(reason);
        counts.clear();
    }

    /** The text changed; {@code snapshot} is the view's text at that moment. */
    public void textChanged(EditorText snapshot) {
        UUID id = opening.changingSection();
        if (id == null) {
            return;
        }
        store.edited(id, snapshot, error -> {
            message.set("Your last change could not be kept: " + ErrorText.oneLine(error));
            LOG.warn("Handing text of section {} to the store failed", id, error);
        });
        counts.show(snapshot, 0, 0);
    }

    /** The selection changed: counts for it ({@code start == end}: no selection; offsets in its plain text). */
    public void selectionChanged(EditorText snapshot, int start, int end) {
        if (opening.sectionId() != null) {
            counts.show(snapshot, start, end);
        }
    }

    /**
     * Plain text pasted from another application: cleaned, built and counted in the background,
     * then inserted, and its words told to {@link #setOnPasted} (pasted text is not written text).
     */
    public void pastePlainText(String text) {
        if (opening.editableProperty().get()) {
            shown.paste(text);
        }
    }

    /** Replaces the whole text with {@code markdown} as one undoable edit; it is saved like typing. */
    public void replaceText(String markdown) {
        shown.replace(markdown);
    }

    /** Hears, on the FX thread, the section and word count of each paste from outside Quire, right after it is inserted. */
    public void setOnPasted(BiConsumer<UUID, Integer> listener) {
        shown.setOnPasted(listener);
    }

    public void toggleFocusMode() {
        focusMode.set(!focusMode.get());
    }

    public void clearMessage() {
        message.set("");
    }

    /** Stops listening to the store and saves what is pending (closing the editor). */
    public CompletableFuture<Void> close() {
        pendingEditsFlusher.run();
        return store.close(opening.sectionId());
    }

    public UUID openSectionId() {
        return opening.sectionId();
    }

    /** Hands held-back edits over now; the returned work saves them (blocking: run it in the background). */
    public Callable<SaveStatus> saveNow() {
        pendingEditsFlusher.run();
        return store.saveNow(opening.sectionId());
    }

    /** The conflict banner and its choices. */
    public SectionConflictViewModel conflict() {
        return conflict;
    }

    public ReadOnlyStringProperty titleProperty() {
        return opening.titleProperty();
    }

    /** Non-empty when no text is shown: what to show instead. */
    public ReadOnlyStringProperty emptyTextProperty() {
        return opening.emptyTextProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty saveStatusProperty() {
        return saveStatus.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty saveDetailProperty() {
        return saveDetail.getReadOnlyProperty();
    }

    /** "1,234 words · 6,789 characters" or "12 of 1,234 words selected". */
    public ReadOnlyStringProperty countsProperty() {
        return counts.textProperty();
    }

    public ReadOnlyBooleanProperty readOnlyProperty() {
        return opening.readOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return opening.loadingProperty();
    }

    /** True when the writer may type: a section is open, loaded and not read-only. */
    public BooleanBinding editableProperty() {
        return opening.editableProperty();
    }

    /** Focus mode: the editor hides its chrome; the lead binds the side panels to it. */
    public BooleanProperty focusModeProperty() {
        return focusMode;
    }

    /** What the editor shows as sections come and go, and the store's news (on the FX thread). */
    private final class Editor implements SectionOpening.Shown, SaveListener {
        @Override
        public void cleared() {
            message.set("");
            saveStatus.set("");
            saveDetail.set("");
            conflict.dismiss();
        }

        @Override
        public void opened(StoreLane.Opened opened, SectionConflict met) {
            shown.opened(opened.text());
            counts.show(opened.text(), 0, 0);
            if (opened.section().fromJournal()) {
                message.set(RECOVERED);
            }
            if (met != null) {
                conflict.show(met.sectionId(), opening.titleProperty().get(), met.localMarkdown(),
                        opened.section().markdown());
            }
        }

        @Override
        public void statusChanged(UUID id, SaveStatus status, String detail) {
            if (id.equals(opening.sectionId())) {
                saveStatus.set(status.label());
                saveDetail.set(detail == null ? "" : detail);
            }
        }

        @Override
        public void conflict(SectionConflict met) {
            opening.reopen(met);
        }
    }
}
