package studio.quire.editor;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.fxmisc.richtext.model.Paragraph;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.quire.compare.ComparisonRequest;
import studio.quire.ui.BackgroundTask;
import studio.quire.ui.ErrorText;
import studio.quire.ui.TaskExecutor;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The section editor's state and commands: which section is open, its save status, counts, the
 * conflict banner and focus mode. Text travels as snapshots of the area's immutable paragraphs:
 * the view hands one over (coalesced, about 300 ms after typing stops), the conversion to the
 * stored format runs in the background, serially and newest last, and ends in
 * {@link SectionStore#edited}. Documents to show go back to the view through {@link #setDocumentSink}.
 */
public final class SectionEditorViewModel {
    public static final String NOTHING_SELECTED = "Select a section in the binder to start writing";
    public static final String CONTAINER_SELECTED =
            "Chapters hold sections. Select a section, or create one inside this chapter with Ctrl+Shift+Enter.";
    public static final String RECOVERED =
            "Recovered text typed on this computer that had not reached the server; saving it now.";
    public static final String CONFLICT_TEXT =
            "Someone else saved this section while you were writing. Your version is kept as a conflict revision.";
    public static final String THEIR_REVISION_NAME = "Their version, before mine replaced it";
    public static final String PASTE_CLEANED = "Invisible control characters were removed from the pasted text.";

    private static final Logger LOG = LoggerFactory.getLogger(SectionEditorViewModel.class);

    /** Keeps the other side's text as a named revision (SectionTextRepository::saveNamedRevision). */
    @FunctionalInterface
    public interface RevisionSaver {
        void saveNamedRevision(UUID sectionId, String name);
    }

    private final SectionStore store;
    private final ConflictResolution conflict;
    private final TaskExecutor executor;
    private final EditorLane saves;
    private final EditorLane counting;
    private final SaveListener listener = new StoreListener();
    private final EditorCounts counts;

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper(NOTHING_SELECTED);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper saveStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper saveDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty focusMode = new SimpleBooleanProperty(false);
    private final BooleanBinding editable;

    private Consumer<DocumentLoad> documentSink = load -> { };
    private Runnable pendingEditsFlusher = () -> { };
    private Consumer<ComparisonRequest> onCompare = request -> { };
    private BiConsumer<UUID, Integer> onPasted = (section, words) -> { };
    private UUID sectionId;
    private int generation;

    public SectionEditorViewModel(SectionStore store, SectionTextRepository revisions, TaskExecutor executor) {
        this(store, revisions::saveNamedRevision, executor);
    }

    public SectionEditorViewModel(SectionStore store, RevisionSaver revisions, TaskExecutor executor) {
        this.store = store;
        this.conflict = new ConflictResolution(revisions, executor);
        this.executor = executor;
        this.saves = new EditorLane(executor);
        this.counting = new EditorLane(executor);
        this.counts = new EditorCounts(counting);
        editable = Bindings.createBooleanBinding(() -> !readOnly.get() && !loading.get() && emptyText.get().isEmpty(),
                readOnly, loading, emptyText);
        store.addListener(listener);
    }

    /** The view's receiver of documents to show; called on the FX thread. */
    public void setDocumentSink(Consumer<DocumentLoad> sink) {
        this.documentSink = Objects.requireNonNull(sink);
    }

    /** The view's way to hand over a snapshot it is still holding back (its coalescing timer). */
    public void setPendingEditsFlusher(Runnable flusher) {
        this.pendingEditsFlusher = Objects.requireNonNull(flusher);
    }

    /** Opens a section: saves what is pending for the previous one, then loads this one in the background. */
    public void open(UUID id, String sectionTitle, boolean readOnlyMode) {
        pendingEditsFlusher.run();
        UUID previous = sectionId;
        int opening = ++generation;
        sectionId = id;
        title.set(sectionTitle);
        readOnly.set(readOnlyMode);
        emptyText.set("");
        message.set("");
        saveStatus.set("");
        saveDetail.set("");
        dismissConflict();
        loading.set(true);
        saves.then(progress -> {
            if (previous != null) {
                store.flush(previous);
            }
            OpenedSection opened = store.open(id);
            return new Loaded(opened, StyledDocuments.fromMarkdown(opened.markdown()));
        }, loaded -> {
            if (opening == generation) {
                showOpened(loaded);
            }
        }, error -> {
            if (opening == generation) {
                loading.set(false);
                emptyText.set("This section could not be opened: " + ErrorText.oneLine(error));
                LOG.warn("Opening section {} failed", id, error);
            }
        });
    }

    private void showOpened(Loaded loaded) {
        loading.set(false);
        documentSink.accept(new DocumentLoad(loaded.document, DocumentLoad.Mode.OPEN));
        counts.show(loaded.document.getParagraphs(), 0, 0);
        if (loaded.opened.fromJournal()) {
            message.set(RECOVERED);
        }
    }

    /** Shows no text, with the reason in its place (nothing selected, a chapter selected). */
    public void showNothing(String reason) {
        pendingEditsFlusher.run();
        UUID previous = sectionId;
        generation++;
        sectionId = null;
        title.set("");
        emptyText.set(reason);
        message.set("");
        saveStatus.set("");
        saveDetail.set("");
        counts.clear();
        dismissConflict();
        loading.set(false);
        if (previous != null) {
            saves.then(progress -> store.flush(previous), status -> { }, error -> LOG.warn("Flush failed", error));
        }
    }

    /** The text changed; {@code snapshot} is the area's paragraphs at that moment. */
    public void textChanged(List<Paragraph<ParStyle, String, TextStyle>> snapshot) {
        UUID id = sectionId;
        if (id == null || readOnly.get() || loading.get()) {
            return;
        }
        saves.latest(progress -> {
            store.edited(id, StyledDocuments.toMarkdown(snapshot));
            return null;
        }, done -> { }, error -> {
            message.set("Your last change could not be kept: " + ErrorText.oneLine(error));
            LOG.warn("Handing text of section {} to the store failed", id, error);
        });
        counts.show(snapshot, 0, 0);
    }

    /** The selection changed: counts for it ({@code start == end}: no selection). */
    public void selectionChanged(List<Paragraph<ParStyle, String, TextStyle>> snapshot, int start, int end) {
        if (sectionId != null) {
            counts.show(snapshot, start, end);
        }
    }

    /**
     * Plain text pasted from another application: cleaned, built and counted in the background,
     * then inserted, and its words told to {@link #setOnPasted} (pasted text is not written text).
     */
    public void pastePlainText(String text) {
        if (!editable.get()) {
            return;
        }
        int pasting = generation;
        UUID section = sectionId;
        executor.execute(BackgroundTask.of(progress -> PlainPaste.of(text)).onSuccess(pasted -> {
            if (pasting == generation) {
                documentSink.accept(new DocumentLoad(pasted.document, DocumentLoad.Mode.INSERT));
                message.set(pasted.cleaned ? PASTE_CLEANED : "");
                onPasted.accept(section, pasted.words);
            }
        }).onFailure(error -> message.set("The text could not be pasted: " + ErrorText.oneLine(error))));
    }

    /** Replaces the whole text with {@code markdown} as one undoable edit; it is saved like typing. */
    public void replaceText(String markdown) {
        int replacing = generation;
        executor.execute(BackgroundTask.of(progress -> StyledDocuments.fromMarkdown(markdown))
                .onSuccess(document -> {
                    if (replacing == generation) {
                        documentSink.accept(new DocumentLoad(document, DocumentLoad.Mode.REPLACE));
                    }
                })
                .onFailure(error -> message.set("The text could not be replaced: " + ErrorText.oneLine(error))));
    }

    /** Conflict banner: keep theirs as a named revision too, then put my text back (saved normally). */
    public void useMyVersion() {
        conflict.useMine(() -> sectionId, this::replaceText, this::theirsNotKept);
    }

    /** Conflict banner: compare their text with mine change by change; the merged text is used like mine. */
    public void compareConflict() {
        conflict.comparison(title.get(), () -> sectionId, this::replaceText, this::theirsNotKept).ifPresent(onCompare);
    }

    /** Hears, on the FX thread, the section and word count of each paste from outside Quire, right after it is inserted. */
    public void setOnPasted(BiConsumer<UUID, Integer> listener) {
        onPasted = Objects.requireNonNull(listener);
    }

    /** Where a conflict's comparison goes (the studio opens a comparison window), on the FX thread. */
    public void setOnCompare(Consumer<ComparisonRequest> consumer) {
        onCompare = Objects.requireNonNull(consumer);
    }

    private void theirsNotKept(Throwable error) {
        message.set("Their version could not be kept, so yours was not put back: " + ErrorText.oneLine(error));
        LOG.warn("Keeping their version of section {} failed", sectionId, error);
    }

    /** Conflict banner: keep their text (mine stays in the conflict revision). */
    public void keepTheirs() {
        dismissConflict();
    }

    private void dismissConflict() {
        conflict.dismiss();
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
        store.removeListener(listener);
        UUID previous = sectionId;
        CompletableFuture<Void> handedOver = new CompletableFuture<>();
        if (previous == null) {
            handedOver.complete(null);
            return handedOver;
        }
        // Completed on the worker, after every edit handed over before it, so a closing studio can wait for it.
        saves.then(progress -> {
            try {
                return store.flush(previous);
            } finally {
                handedOver.complete(null);
            }
        }, status -> { }, error -> LOG.warn("Flush failed", error));
        return handedOver;
    }

    public UUID openSectionId() {
        return sectionId;
    }

    /** Hands held-back edits over now; the returned work saves them (blocking: run it in the background). */
    public java.util.concurrent.Callable<SaveStatus> saveNow() {
        pendingEditsFlusher.run();
        UUID open = sectionId;
        return () -> open == null ? SaveStatus.SAVED : store.flush(open);
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Non-empty when no text is shown: what to show instead. */
    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
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
        return readOnly.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True when the writer may type: a section is open, loaded and not read-only. */
    public BooleanBinding editableProperty() {
        return editable;
    }

    public ReadOnlyBooleanProperty conflictShownProperty() {
        return conflict.shownProperty();
    }

    public String conflictText() {
        return CONFLICT_TEXT;
    }

    /** Focus mode: the editor hides its chrome; the lead binds the side panels to it. */
    public BooleanProperty focusModeProperty() {
        return focusMode;
    }

    private record Loaded(OpenedSection opened, ReadOnlyStyledDocument<ParStyle, String, TextStyle> document) {
    }

    /**
     * Someone else's text won: the section is opened again through the store, after every edit
     * already handed over (those were typed on the losing text; the store keeps them as conflict
     * revisions). Until their text shows, the editor takes no typing, so nothing typed is dropped.
     */
    private void showTheirs(SectionConflict met) {
        UUID id = met.sectionId();
        if (!id.equals(sectionId)) {
            return;
        }
        pendingEditsFlusher.run();
        int reopening = ++generation;
        loading.set(true);
        saves.then(progress -> {
            OpenedSection opened = store.open(id);
            return new Loaded(opened, StyledDocuments.fromMarkdown(opened.markdown()));
        }, loaded -> {
            if (reopening == generation) {
                showOpened(loaded);
                conflict.show(id, met.localMarkdown(), loaded.opened().markdown());
            }
        }, error -> {
            if (reopening == generation) {
                loading.set(false);
                emptyText.set("This section could not be opened again after a conflict: " + ErrorText.oneLine(error));
                LOG.warn("Reopening section {} after a conflict failed", id, error);
            }
        });
    }

    /** The store's news, handed over to the FX thread through the executor. */
    private final class StoreListener implements SaveListener {
        @Override
        public void statusChanged(UUID id, SaveStatus status, String detail) {
            executor.execute(BackgroundTask.of(progress -> status).onSuccess(s -> {
                if (id.equals(sectionId)) {
                    saveStatus.set(s.label());
                    saveDetail.set(detail == null ? "" : detail);
                }
            }));
        }

        @Override
        public void conflict(SectionConflict met) {
            executor.execute(BackgroundTask.of(progress -> met).onSuccess(SectionEditorViewModel.this::showTheirs));
        }
    }
}
