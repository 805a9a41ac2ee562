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
import studio.quire.db.RefusedByDatabaseException;
import studio.quire.editor.store.SectionStore;
import studio.quire.ui.BackgroundTask;
import studio.quire.ui.Command;
import studio.quire.ui.DateTexts;
import studio.quire.ui.TaskExecutor;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The revisions of the open section (newest first) and what is done to one of them: opening it to
 * read, restoring it (the current text is kept first as a named revision, the editor gets the old
 * text through the restore target, and a restored revision records it), and keeping a named
 * revision. People who may only read (editors) list and open. Work runs in the background;
 * refusals become the one-line {@link #messageProperty() message}.
 */
public final class RevisionListViewModel {
    static final String EMPTY_WRITER = "No revisions yet. Quire keeps one when you finish a writing session; "
            + "press Ctrl+Shift+S to keep a named revision.";
    static final String EMPTY_READER = "No revisions yet.";
    static final String NO_SECTION = "Open a section to see its revisions.";

    private final RevisionRepository repository;
    private final TaskExecutor executor;
    private final DateTexts times;
    private final ReadOnlyBooleanWrapper canChange;
    private final RevisionMessage message = new RevisionMessage();
    private final RevisionChanges changes;

    private final ReadOnlyObjectWrapper<UUID> section = new ReadOnlyObjectWrapper<>();
    private final ObservableList<RevisionRow> rows = FXCollections.observableArrayList();
    private final ObservableList<RevisionRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<RevisionRow> chosen = FXCollections.observableArrayList();
    private final ObjectProperty<RevisionRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper(NO_SECTION);
    private Consumer<OpenedRevision> onOpened = opened -> { };
    private TaskExecutor.TaskHandle inFlightLoad;

    private final Command open;
    private final Command restore;
    private final Command namedRevision;

    /**
     * @param canChange     whether the signed-in role may write in this project (an editor may not);
     *                      the database enforces it anyway
     * @param restoreTarget receives a restored text on the FX thread; the lead wires the editor's
     *                      {@code replaceText(markdown)}, which saves it like any edit
     * @param clock         "now" and the time zone of the times shown
     */
    public RevisionListViewModel(RevisionRepository repository, SectionStore store, TaskExecutor executor,
                                 Consumer<String> restoreTarget, boolean canChange, Clock clock) {
        this.repository = Objects.requireNonNull(repository);
        this.executor = Objects.requireNonNull(executor);
        this.times = new DateTexts(clock);
        this.canChange = new ReadOnlyBooleanWrapper(canChange);
        this.changes = new RevisionChanges(repository, store, executor, restoreTarget, section.getReadOnlyProperty(),
                message, this::refresh);
        BooleanBinding idle = changes.busyProperty().not();
        open = Command.of(this::openSelected, selected.isNotNull());
        restore = Command.of(this::restoreSelected, selected.isNotNull().and(this.canChange).and(idle)
                .and(Bindings.size(chosen).lessThan(2)));
        namedRevision = Command.of(() -> { }, section.isNotNull().and(this.canChange).and(idle));
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
                .onFailure(message::report)
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
                        text -> onOpened.accept(OpenedRevision.of(row, text)),
                        () -> message.set("This revision is gone or not visible to you.")))
                .onFailure(message::report));
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
        changes.run(() -> {
            changes.requireSaved(shown);
            return repository.keepNamed(shown, name);
        }, kept -> message.set("Kept the named revision “" + kept.name() + "”."));
    }

    private void restoreSelected() {
        RevisionRow row = selected.get();
        String when = times.dateTime(row.entry().createdAt());
        changes.replaceText(() -> repository.body(row.entry().id()).orElseThrow(() -> new RefusedByDatabaseException(
                        "This revision is gone or not visible to you.", "P0002", null)),
                "Before restoring " + when,
                body -> repository.keepRestored(section.get(), row.entry().id(), "Restored from " + when),
                "Restored the text of " + when + "; the text before it is kept as a revision.", new CompletableFuture<>());
    }

    /** "Restore the text of Mon 16 Nov 14:02?": what the view's confirmation asks. */
    public String restoreQuestion() {
        RevisionRow row = selected.get();
        return row == null ? "" : "Restore the text of " + times.dateTime(row.entry().createdAt()) + "?";
    }

    /** The changes this list runs; a comparison's merge runs through them too, so one is under way at a time. */
    RevisionChanges changes() {
        return changes;
    }

    public ObservableList<RevisionRow> rows() {
        return readOnlyRows;
    }

    /** The rows chosen in the list (one or two can be compared); the view keeps it equal to its selection. */
    public ObservableList<RevisionRow> chosenRows() {
        return chosen;
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

    /** True while a restore, a named revision or a merge is being kept. */
    public ReadOnlyBooleanProperty busyProperty() {
        return changes.busyProperty();
    }

    public ReadOnlyBooleanProperty canChangeProperty() {
        return canChange.getReadOnlyProperty();
    }

    /** The inspector's one-line message, the comparison's merges included. */
    public ReadOnlyStringProperty messageProperty() {
        return message.property();
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
}
