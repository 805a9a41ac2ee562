package studio.quire.editor.revision;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.quire.compare.ComparisonRequest;
import studio.quire.compare.MergeTarget;
import studio.quire.db.RefusedByDatabaseException;
import studio.quire.editor.RevisionNames;
import studio.quire.editor.SaveStatus;
import studio.quire.editor.SectionStore;
import studio.quire.text.Document;
import studio.quire.text.MarkdownFormat;
import studio.quire.ui.BackgroundTask;
import studio.quire.ui.Command;
import studio.quire.ui.DateTexts;
import studio.quire.ui.TaskExecutor;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The revisions inspector of the open section: the list (newest first), opening one to read,
 * restoring one (the current text is kept first as a named revision, the editor gets the old text
 * through the restore target, and a restored revision records it), named revisions, and comparing
 * one or two chosen revisions, whose merged text is saved the way a restore is. People who may
 * only read (editors) list, open and compare. Work runs in the background; refusals become the
 * one-line {@link #messageProperty() message}.
 */
public final class RevisionsViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(RevisionsViewModel.class);
    static final String EMPTY_WRITER = "No revisions yet. Quire keeps one when you finish a writing session; "
            + "press Ctrl+Shift+S to keep a named revision.";
    static final String EMPTY_READER = "No revisions yet.";
    static final String NO_SECTION = "Open a section to see its revisions.";

    private final RevisionRepository repository;
    private final SectionStore store;
    private final TaskExecutor executor;
    private final DateTexts times;
    private final Consumer<String> restoreTarget;
    private final ReadOnlyBooleanWrapper canChange;

    private final ReadOnlyObjectWrapper<UUID> section = new ReadOnlyObjectWrapper<>();
    private final ObservableList<RevisionRow> rows = FXCollections.observableArrayList();
    private final ObservableList<RevisionRow> chosen = FXCollections.observableArrayList();
    private final RevisionComparisons comparisons;
    private Consumer<ComparisonRequest> onCompare = request -> { };
    private final ObjectProperty<RevisionRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper(NO_SECTION);
    private Consumer<OpenedRevision> onOpened = opened -> { };
    private final ObservableList<RevisionRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private TaskExecutor.TaskHandle inFlightLoad;
    /** Changes under way; a restore starts its second step before its first has finished. */
    private int changes;

    private final Command open;
    private final Command restore;
    private final Command namedRevision;
    private final Command compare;

    /**
     * @param canChange     whether the signed-in role may write in this project (an editor may not);
     *                      the database enforces it anyway
     * @param restoreTarget receives a restored text on the FX thread; the lead wires the editor's
     *                      {@code replaceText(markdown)}, which saves it like any edit
     * @param clock         "now" and the time zone of the times shown
     */
    public RevisionsViewModel(RevisionRepository repository, SectionStore store, TaskExecutor executor,
                              Consumer<String> restoreTarget, boolean canChange, Clock clock) {
        this.repository = Objects.requireNonNull(repository);
        this.store = Objects.requireNonNull(store);
        this.executor = Objects.requireNonNull(executor);
        this.restoreTarget = Objects.requireNonNull(restoreTarget);
        this.times = new DateTexts(clock);
        this.comparisons = new RevisionComparisons(repository, store);
        this.canChange = new ReadOnlyBooleanWrapper(canChange);
        BooleanBinding idle = busy.not();
        open = Command.of(this::openSelected, selected.isNotNull());
        restore = Command.of(this::restoreSelected, selected.isNotNull().and(this.canChange).and(idle)
                .and(Bindings.size(chosen).lessThan(2)));
        namedRevision = Command.of(() -> { }, section.isNotNull().and(this.canChange).and(idle));
        compare = Command.of(this::compareChosen, section.isNotNull()
                .and(Bindings.createBooleanBinding(() -> RevisionComparisons.comparable(chosen), chosen)));
    }

    /** Shows the revisions of {@code sectionId} (null: no section open). */
    public void showSection(UUID sectionId) {
        if (Objects.equals(section.get(), sectionId)) {
            return;
        }
        section.set(sectionId);
        message.set("");
        refresh();
    }

    /** A section's revisions changed elsewhere (a session ended): reloads if it is the one shown. */
    public void revisionsChanged(UUID sectionId) {
        if (sectionId != null && sectionId.equals(section.get())) {
            refresh();
        }
    }

    /** Reloads the list in the background, keeping the selection where it can. */
    public void refresh() {
        if (inFlightLoad != null) {
            inFlightLoad.cancel();
        }
        UUID shown = section.get();
        if (shown == null) {
            rows.clear();
            selected.set(null);
            emptyText.set(NO_SECTION);
            return;
        }
        loading.set(true);
        inFlightLoad = executor.execute(BackgroundTask.of(progress -> repository.list(shown))
                .titled("Loading revisions")
                .onSuccess(list -> apply(shown, list))
                .onFailure(this::report)
                .onFinished(() -> loading.set(false)));
    }

    private void apply(UUID shown, List<RevisionEntry> list) {
        if (!shown.equals(section.get())) {
            return;
        }
        UUID keep = selected.get() == null ? null : selected.get().entry().id();
        rows.setAll(list.stream().map(e -> RevisionRow.of(e, times)).toList());
        selected.set(rows.stream().filter(r -> r.entry().id().equals(keep)).findFirst().orElse(null));
        emptyText.set(!rows.isEmpty() ? "" : canChange.get() ? EMPTY_WRITER : EMPTY_READER);
    }

    /** Where an opened revision goes (the view shows it in a read-only window), on the FX thread. */
    public void setOnOpened(Consumer<OpenedRevision> consumer) {
        onOpened = Objects.requireNonNull(consumer);
    }

    private void openSelected() {
        RevisionRow row = selected.get();
        executor.execute(BackgroundTask.of(progress -> repository.body(row.entry().id()))
                .titled("Opening a revision")
                .onSuccess(body -> body.ifPresentOrElse(
                        text -> onOpened.accept(new OpenedRevision(row, title(row), text)),
                        () -> message.set("This revision is gone or not visible to you.")))
                .onFailure(this::report));
    }

    private static String title(RevisionRow row) {
        return "Revision of " + row.time() + " · " + row.kind() + (row.name().isEmpty() ? "" : " “" + row.name() + "”");
    }

    /** What is wrong with a name typed into the dialog; empty when it can be kept. */
    public Optional<String> nameProblem(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            return Optional.of("A named revision needs a name.");
        }
        return studio.quire.db.TextLimit.REVISION_NAME.problem(n);
    }

    /**
     * Keeps the open section's newest text as a named revision: the store saves what is pending
     * first, so the named revision holds the latest keystroke. The view asks the name when the
     * {@link #namedRevisionCommand()} runs.
     */
    public void keepNamedRevision(String name) {
        UUID shown = section.get();
        if (shown == null || !namedRevision.isExecutable() || nameProblem(name).isPresent()) {
            return;
        }
        run(() -> {
            requireSaved(shown);
            return repository.keepNamed(shown, name);
        }, kept -> message.set("Kept the named revision “" + kept.name() + "”."));
    }

    private void restoreSelected() {
        RevisionRow row = selected.get();
        String when = times.dateTime(row.entry().createdAt());
        replaceText(() -> repository.body(row.entry().id()).orElseThrow(() -> new RefusedByDatabaseException(
                        "This revision is gone or not visible to you.", "P0002", null)),
                "Before restoring " + when,
                body -> repository.keepRestored(section.get(), row.entry().id(), "Restored from " + when),
                "Restored the text of " + when + "; the text before it is kept as a revision.", new CompletableFuture<>());
    }

    /**
     * Makes {@code newText} the open section's text: the current text is kept first as the named
     * revision {@code beforeName}, the editor gets the new text, and {@code record} keeps it as a
     * revision of its own; {@code done} completes then, or fails with the reason.
     */
    private void replaceText(Callable<String> newText, String beforeName, Function<String, RevisionEntry> record,
                             String doneMessage, CompletableFuture<Void> done) {
        UUID shown = section.get();
        run(() -> {
            requireSaved(shown);
            String body = newText.call();
            repository.keepNamed(shown, beforeName);
            return body;
        }, body -> {
            if (!shown.equals(section.get())) {
                String refusal = "Another section was opened; its text was left as it was.";
                message.set(refusal);
                done.completeExceptionally(new IllegalStateException(refusal));
                return;
            }
            restoreTarget.accept(body);
            run(() -> record.apply(body), kept -> {
                message.set(doneMessage);
                done.complete(null);
            }, done::completeExceptionally);
        }, done::completeExceptionally);
    }

    /** The rows chosen in the list (one or two can be compared); the view keeps it equal to its selection. */
    public ObservableList<RevisionRow> chosenRows() {
        return chosen;
    }

    /** Where a comparison to show goes (the studio opens a comparison window), on the FX thread. */
    public void setOnCompare(Consumer<ComparisonRequest> consumer) {
        onCompare = Objects.requireNonNull(consumer);
    }

    /** Executable when one revision (against the current text) or two are chosen. */
    public Command compareCommand() {
        return compare;
    }

    private void compareChosen() {
        UUID shown = section.get();
        onCompare.accept(comparisons.request(shown, List.copyOf(chosen),
                canChange.get() ? name -> new HistoryMerge(shown, name) : null));
    }

    /** A merged text from a comparison becomes the section's text and a revision of its own, like a restore. */
    private final class HistoryMerge implements MergeTarget {
        private final UUID sectionId;
        private final String name;

        HistoryMerge(UUID sectionId, String name) {
            this.sectionId = sectionId;
            this.name = name;
        }

        @Override
        public String saveLabel() {
            return "Use the merged text";
        }

        @Override
        public CompletionStage<Void> save(List<Document> merged) {
            if (!sectionId.equals(section.get())) {
                return CompletableFuture.failedFuture(new IllegalStateException(
                        "Another section is open now; open this one again to save the merged text."));
            }
            if (busy.get()) {
                return CompletableFuture.failedFuture(new IllegalStateException(
                        "A restore or a named revision is still being kept; save again in a moment."));
            }
            CompletableFuture<Void> done = new CompletableFuture<>();
            String markdown = MarkdownFormat.write(merged.get(0));
            replaceText(() -> markdown, "Before merging",
                    body -> repository.keepMerged(sectionId, body, name),
                    "Saved the merged text as a new revision; the text before it is kept too.", done);
            return done;
        }
    }

    private void requireSaved(UUID sectionId) {
        SaveStatus status = store.flush(sectionId);
        if (status != SaveStatus.SAVED) {
            throw new RefusedByDatabaseException("The newest text is not in the database yet (" + status.label()
                    + "); try again once it is saved.", "55000", null);
        }
    }

    /** Runs a change in the background, then reloads the list. */
    private <T> void run(Callable<T> work, Consumer<T> done) {
        run(work, done, error -> { });
    }

    /** Runs a change in the background, then reloads the list; a failure is shown and handed to {@code failed}. */
    private <T> void run(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        changes++;
        busy.set(true);
        executor.execute(BackgroundTask.of(progress -> work.call())
                .titled("Changing revisions")
                .onSuccess(done)
                .onFailure(error -> {
                    report(error);
                    failed.accept(error);
                })
                .onFinished(() -> {
                    busy.set(--changes > 0);
                    refresh();
                }));
    }

    private void report(Throwable error) {
        if (error instanceof RefusedByDatabaseException || error instanceof IllegalArgumentException) {
            LOG.info("A revision operation was refused: {}", error.getMessage());
            message.set(error.getMessage());
        } else {
            LOG.error("A revision operation failed", error);
            message.set("That did not work: " + error.getMessage());
        }
    }

    public ObservableList<RevisionRow> rows() {
        return readOnlyRows;
    }

    public ObjectProperty<RevisionRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<UUID> sectionProperty() {
        return section.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canChangeProperty() {
        return canChange.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    /** Opens the selected revision to read (double-click, Enter). */
    public Command openCommand() {
        return open;
    }

    /** Executable when the selected revision may be restored; the view confirms first. */
    public Command restoreCommand() {
        return restore;
    }

    /** Executable when a named revision may be kept; the view then asks the name (Ctrl+Shift+S). */
    public Command namedRevisionCommand() {
        return namedRevision;
    }

    /** "Restore the text of Mon 16 Nov 14:02?": what the view's confirmation asks. */
    public String restoreQuestion() {
        RevisionRow row = selected.get();
        return row == null ? "" : "Restore the text of " + times.dateTime(row.entry().createdAt()) + "?";
    }
}
