package studio.quire.project;

import studio.quire.ui.Shortcut;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.beans.binding.Bindings;
import studio.quire.goals.GoalProgressCell;
import studio.quire.goals.GoalsDialog;
import studio.quire.goals.ProjectGoalsViewModel;
import studio.quire.goals.ProjectLine;
import studio.quire.ui.DateTexts;
import studio.quire.ui.Fxml;

import java.util.Optional;

/** The Projects page: binds to {@link ProjectsViewModel} and opens its small dialogs. */
public final class ProjectsView extends BorderPane {
    private final DateTexts dates = DateTexts.system();

    private final ProjectsViewModel viewModel;

    @FXML private Button newButton;
    @FXML private Button openButton;
    @FXML private Button renameButton;
    @FXML private Button goalsButton;
    @FXML private Button archiveButton;
    @FXML private Button unarchiveButton;
    @FXML private CheckBox showArchivedBox;
    @FXML private TextField filterField;
    @FXML private TableView<Project> table;
    @FXML private TableColumn<Project, String> titleColumn;
    @FXML private TableColumn<Project, String> kindColumn;
    @FXML private TableColumn<Project, ProjectLine> goalColumn;
    @FXML private TableColumn<Project, String> updatedColumn;
    @FXML private TableColumn<Project, String> statusColumn;
    @FXML private Label messageLabel;
    @FXML private Hyperlink undoLink;
    @FXML private ProgressIndicator loadingIndicator;

    public ProjectsView(ProjectsViewModel viewModel) {
        this.viewModel = viewModel;
        Fxml.loadInto(this);
        bind();
        installShortcuts();
    }

    private void bind() {
        table.setItems(viewModel.visibleProjects());
        titleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().title()));
        kindColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().kind().label()));
        bindGoals();
        updatedColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(dates.dateTime(c.getValue().updatedAt())));
        statusColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().archived() ? "Archived" : "Active"));
        table.setRowFactory(t -> {
            TableRow<Project> row = new TableRow<>() {
                @Override
                protected void updateItem(Project item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("archived"), !empty && item != null && item.archived());
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.openCommand().execute();
                }
            });
            return row;
        });

        Label empty = new Label();
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        empty.textProperty().bind(viewModel.emptyTextProperty());
        table.setPlaceholder(empty);

        table.getSelectionModel().selectedItemProperty().addListener((obs, o, n) -> viewModel.selectedProperty().set(n));
        viewModel.selectedProperty().addListener((obs, o, n) -> {
            if (n == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != n) {
                table.getSelectionModel().select(n);
                table.scrollTo(n);
            }
        });

        filterField.textProperty().bindBidirectional(viewModel.filterProperty());
        showArchivedBox.selectedProperty().bindBidirectional(viewModel.showArchivedProperty());
        newButton.disableProperty().bind(viewModel.canAuthorProperty().not());
        openButton.disableProperty().bind(viewModel.openCommand().executableProperty().not());
        openButton.setTooltip(new javafx.scene.control.Tooltip("Open the manuscript (Enter, or double-click)"));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                viewModel.openCommand().execute();
                e.consume();
            }
        });
        renameButton.disableProperty().bind(viewModel.canAuthorProperty().not().or(viewModel.hasSelectionProperty().not()));
        archiveButton.disableProperty().bind(viewModel.archiveCommand().executableProperty().not());
        unarchiveButton.disableProperty().bind(viewModel.unarchiveCommand().executableProperty().not());
        archiveButton.visibleProperty().bind(unarchiveButton.disableProperty());
        archiveButton.managedProperty().bind(archiveButton.visibleProperty());
        unarchiveButton.visibleProperty().bind(archiveButton.visibleProperty().not());
        unarchiveButton.managedProperty().bind(unarchiveButton.visibleProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        undoLink.textProperty().bind(viewModel.undoLabelProperty());
        undoLink.visibleProperty().bind(viewModel.undoLabelProperty().isNotEmpty());
        loadingIndicator.visibleProperty().bind(viewModel.loadingProperty());
        newButton.setTooltip(new javafx.scene.control.Tooltip("New project (Ctrl+N)"));
        renameButton.setTooltip(new javafx.scene.control.Tooltip("Rename (F2)"));
        archiveButton.setTooltip(new javafx.scene.control.Tooltip("Archive (Ctrl+E); it can be unarchived"));
        unarchiveButton.setTooltip(new javafx.scene.control.Tooltip("Unarchive (Ctrl+E)"));
    }

    /** With goals: a progress line per project and the Goals… button; without: the goal as stored. */
    private void bindGoals() {
        goalColumn.setCellFactory(column -> new GoalProgressCell<>());
        ProjectGoalsViewModel goals = viewModel.goals().orElse(null);
        if (goals == null) {
            goalColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().wordGoal() == null ? null
                    : new ProjectLine(String.format("%,d words", c.getValue().wordGoal()), 0, null)));
        } else {
            goalColumn.setCellValueFactory(c -> Bindings.valueAt(goals.lines(), c.getValue().id()));
        }
        goalsButton.visibleProperty().set(goals != null);
        goalsButton.managedProperty().bind(goalsButton.visibleProperty());
        goalsButton.disableProperty().bind(viewModel.goalsCommand().executableProperty().not());
        goalsButton.setTooltip(new javafx.scene.control.Tooltip("Word goal, deadline and session goal (Ctrl+G)"));
    }

    private void installShortcuts() {
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                return;
            }
            scene.getAccelerators().put(Shortcut.NEW_PROJECT.key(), this::onNewIfShown);
            scene.getAccelerators().put(Shortcut.FILTER_PROJECTS.key(), filterField::requestFocus);
            scene.getAccelerators().put(Shortcut.RENAME_PROJECT.key(), this::onRenameIfShown);
            scene.getAccelerators().put(Shortcut.ARCHIVE_PROJECT.key(), () -> ifShown(() -> {
                if (viewModel.archiveCommand().isExecutable()) {
                    viewModel.archiveCommand().execute();
                } else {
                    viewModel.unarchiveCommand().execute();
                }
            }));
            scene.getAccelerators().put(Shortcut.PROJECT_GOALS.key(), () -> ifShown(this::onGoals));
            scene.getAccelerators().put(Shortcut.RELOAD_PROJECTS.key(), () -> ifShown(viewModel.refreshCommand()::execute));
            scene.getAccelerators().put(Shortcut.UNDO_PROJECT.key(),
                    () -> ifShown(viewModel.undoCommand()::execute));
        });
        filterField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                filterField.clear();
                table.requestFocus();
            } else if (e.getCode() == KeyCode.DOWN) {
                table.requestFocus();
                table.getSelectionModel().selectFirst();
            }
        });
    }

    /** The page's shortcuts live on the scene: they act only while this page is the one shown. */
    private void ifShown(Runnable action) {
        if (isVisible() && getScene() != null) {
            action.run();
        }
    }

    private void onNewIfShown() {
        if (isVisible() && !newButton.isDisabled()) {
            onNew();
        }
    }

    private void onRenameIfShown() {
        if (isVisible() && !renameButton.isDisabled()) {
            onRename();
        }
    }

    @FXML
    private void onNew() {
        NewProjectDialog dialog = new NewProjectDialog(viewModel::titleProblem);
        dialog.initOwner(getScene() == null ? null : getScene().getWindow());
        dialog.showAndWait().ifPresent(draft -> viewModel.create(draft.title(), draft.kind()));
    }

    @FXML
    private void onRename() {
        Project project = viewModel.selectedProperty().get();
        if (project == null) {
            return;
        }
        RenameDialog dialog = new RenameDialog(project.title(), viewModel::titleProblem);
        dialog.initOwner(getScene() == null ? null : getScene().getWindow());
        Optional<String> title = dialog.showAndWait();
        title.ifPresent(viewModel::rename);
    }

    @FXML
    private void onGoals() {
        Project project = viewModel.selectedProperty().get();
        if (project == null || !viewModel.goalsCommand().isExecutable()) {
            return;
        }
        viewModel.goals().ifPresent(goals -> GoalsDialog.open(goals, project.id(), project.title(),
                getScene() == null ? null : getScene().getWindow()));
    }

    @FXML
    private void onOpen() {
        viewModel.openCommand().execute();
    }

    @FXML
    private void onArchive() {
        viewModel.archiveCommand().execute();
    }

    @FXML
    private void onUnarchive() {
        viewModel.unarchiveCommand().execute();
    }

    @FXML
    private void onUndo() {
        viewModel.undoCommand().execute();
    }
}
