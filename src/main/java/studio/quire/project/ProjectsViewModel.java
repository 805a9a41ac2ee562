package studio.quire.project;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.quire.db.RefusedByDatabaseException;
import studio.quire.goals.ProjectGoalsViewModel;
import studio.quire.ui.Actions;
import studio.quire.ui.Command;
import studio.quire.ui.Failures;
import studio.quire.ui.TaskExecutor;
import studio.quire.ui.UndoSlot;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The Projects page: the organization's projects, filtered by title, with archived ones shown on
 * request; create, rename, archive and unarchive, each saved in the background.
 */
public final class ProjectsViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ProjectsViewModel.class);

    private final ProjectRepository repository;
    private final UUID orgId;

    private final ObservableList<Project> all = FXCollections.observableArrayList();
    private final FilteredList<Project> visible = new FilteredList<>(all, p -> true);
    private final StringProperty filter = new SimpleStringProperty("");
    private final BooleanProperty showArchived = new SimpleBooleanProperty(false);
    private final ObjectProperty<Project> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canAuthor;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final Failures failures = Failures.of(LOG, "A project operation", message::set,
            RefusedByDatabaseException.class, ConcurrentChangeException.class);
    private final Actions actions;
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper("");
    private final UndoSlot undo = new UndoSlot();
    /** A reload replaces the one still running: only the newest list may land. */
    private TaskExecutor.TaskHandle inFlightLoad;

    private final java.util.function.Consumer<Project> opener;
    private final Command open;
    private final Command refresh;
    private final Command archive;
    private final Command unarchive;
    private final Command undoCommand;
    private final Command goals;
    private final ProjectGoalsViewModel goalsViewModel;
    private final BooleanBinding hasSelection = selected.isNotNull();

    /**
     * @param canAuthor whether the signed-in role may create and change projects (the database
     *                  enforces it anyway; this only keeps the buttons honest)
     */
    public ProjectsViewModel(ProjectRepository repository, UUID orgId, boolean canAuthor, TaskExecutor executor) {
        this(repository, orgId, canAuthor, executor, project -> { });
    }

    /** @param opener what opening a project does (the main window shows its manuscript) */
    public ProjectsViewModel(ProjectRepository repository, UUID orgId, boolean canAuthor, TaskExecutor executor,
                             java.util.function.Consumer<Project> opener) {
        this(repository, orgId, canAuthor, executor, opener, null);
    }

    /**
     * @param goals the projects' goals and their progress (null: the page shows no goals); loaded
     *              with the list, and set through {@link #goalsCommand()}
     */
    public ProjectsViewModel(ProjectRepository repository, UUID orgId, boolean canAuthor, TaskExecutor executor,
                             java.util.function.Consumer<Project> opener, ProjectGoalsViewModel goals) {
        this.goalsViewModel = goals;
        this.repository = repository;
        this.opener = opener;
        this.orgId = orgId;
        this.actions = new Actions(executor, failures::report);
        this.canAuthor = new ReadOnlyBooleanWrapper(canAuthor);
        BooleanBinding selectedArchived = Bindings.createBooleanBinding(
                () -> selected.get() != null && selected.get().archived(), selected);
        BooleanBinding idle = loading.not();
        this.refresh = Command.of(this::load, idle);
        this.open = Command.of(() -> this.opener.accept(selected.get()), hasSelection);
        this.archive = Command.of(() -> setArchived(true), hasSelection.and(selectedArchived.not()).and(this.canAuthor));
        this.unarchive = Command.of(() -> setArchived(false), hasSelection.and(selectedArchived).and(this.canAuthor));
        this.undoCommand = Command.of(undo::take, undo.offered());
        // Opening the dialog is the view's part; the command says when it may be opened.
        this.goals = Command.of(() -> { }, hasSelection.and(this.canAuthor).and(new SimpleBooleanProperty(goals != null)));
        if (goals != null) {
            goals.messageProperty().addListener((obs, o, text) -> message.set(text));
        }
        filter.addListener((obs, o, n) -> refilter());
        showArchived.addListener((obs, o, n) -> refilter());
        refilter();
    }

    /** Loads (or reloads) the list in the background. */
    public void load() {
        if (inFlightLoad != null) {
            inFlightLoad.cancel();
        }
        loading.set(true);
        if (goalsViewModel != null) {
            goalsViewModel.load();
        }
        inFlightLoad = actions.background("Loading projects", () -> repository.list(orgId))
                .onSuccess(projects -> {
                    UUID keep = selected.get() == null ? null : selected.get().id();
                    all.setAll(projects);
                    reselect(keep);
                    refilter();
                })
                .onFinished(() -> loading.set(false))
                .start();
    }

    /** What is wrong with a title typed into a dialog; empty when it can be saved. */
    public Optional<String> titleProblem(String title) {
        return ProjectTitles.problem(title);
    }

    public void create(String title, ProjectKind kind) {
        if (titleProblem(title).isPresent() || !canAuthor.get()) {
            return;
        }
        actions.background("Creating a project", () -> repository.create(orgId, kind, title, "", null, null))
                .onSuccess(created -> {
                    all.add(0, created);
                    filter.set("");
                    refilter();
                    selected.set(created);
                    message.set("Created “" + created.title() + "”.");
                })
                .start();
    }

    public void rename(String newTitle) {
        Project project = selected.get();
        if (project == null || titleProblem(newTitle).isPresent() || ProjectTitles.clean(newTitle).equals(project.title())) {
            return;
        }
        change(project, p -> repository.rename(p, newTitle), "Renamed to “" + ProjectTitles.clean(newTitle) + "”.",
                renamed -> undo.offer("Undo rename", () -> change(renamed, p -> repository.rename(p, project.title()),
                        "Name restored.", r -> undo.clear())));
    }

    private void setArchived(boolean archived) {
        Project project = selected.get();
        if (project == null) {
            return;
        }
        String done = (archived ? "Archived “" : "Unarchived “") + project.title() + "”.";
        change(project, p -> repository.setArchived(p, archived), done,
                changed -> undo.offer(archived ? "Undo archive" : "Undo unarchive",
                        () -> change(changed, p -> repository.setArchived(p, !archived), "Undone.", r -> undo.clear())));
    }

    private void change(Project project, UnaryOperator<Project> save, String done, java.util.function.Consumer<Project> after) {
        actions.background("Changing a project", () -> save.apply(project))
                .onSuccess(saved -> {
                    replace(saved);
                    message.set(done);
                    after.accept(saved);
                })
                .onFailure(error -> {
                    if (error instanceof ConcurrentChangeException) {
                        load();
                    }
                })
                .start();
    }

    private void replace(Project saved) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(saved.id())) {
                all.set(i, saved);
                break;
            }
        }
        refilter();
        reselect(saved.id());
    }

    private void reselect(UUID id) {
        selected.set(id == null ? null : visible.stream().filter(p -> p.id().equals(id)).findFirst().orElse(null));
    }

    private void refilter() {
        String needle = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        boolean archived = showArchived.get();
        visible.setPredicate(p -> (archived || !p.archived())
                && (needle.isEmpty() || p.title().toLowerCase(Locale.ROOT).contains(needle)));
        if (selected.get() != null && !visible.contains(selected.get())) {
            selected.set(null);
        }
        emptyText.set(emptyTextNow(needle));
    }

    private String emptyTextNow(String needle) {
        if (!visible.isEmpty()) {
            return "";
        }
        if (all.isEmpty()) {
            return canAuthor.get() ? "No projects yet. Create your first one with New project (Ctrl+N)."
                    : "No projects yet. A writer or consultant can create the first one.";
        }
        if (!needle.isEmpty()) {
            return "No project title contains “" + filter.get().strip() + "”.";
        }
        return "Every project is archived. Turn on Show archived to see them.";
    }

    public ObservableList<Project> visibleProjects() {
        return visible;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public BooleanProperty showArchivedProperty() {
        return showArchived;
    }

    public ObjectProperty<Project> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canAuthorProperty() {
        return canAuthor.getReadOnlyProperty();
    }

    public BooleanBinding hasSelectionProperty() {
        return hasSelection;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoLabelProperty() {
        return undo.labelProperty();
    }

    /** Opens the selected project's manuscript. */
    public Command openCommand() {
        return open;
    }

    public Command refreshCommand() {
        return refresh;
    }

    public Command archiveCommand() {
        return archive;
    }

    public Command unarchiveCommand() {
        return unarchive;
    }

    public Command undoCommand() {
        return undoCommand;
    }

    /** Whether the Goals dialog may open for the selected project. */
    public Command goalsCommand() {
        return goals;
    }

    /** The goals of the page's projects, if this page shows goals. */
    public Optional<ProjectGoalsViewModel> goals() {
        return Optional.ofNullable(goalsViewModel);
    }
}
