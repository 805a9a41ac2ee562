package studio.quire.review.workflow;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import studio.quire.admin.Role;
import studio.quire.ui.Command;
import studio.quire.ui.Fxml;

/**
 * The Workflows page bound to {@link WorkflowTemplatesViewModel}: the organization's workflows on
 * the left (the default marked), the selected one on the right (its name, its steps in a table and
 * a form for the selected step), Save (Ctrl+S), Revert, Undo (Ctrl+Z). Deleting asks first.
 */
public final class WorkflowTemplatesView extends BorderPane {
    private static final KeyCombination SAVE = studio.quire.ui.Shortcut.SAVE_WORKFLOW.key();
    private static final KeyCombination UNDO = studio.quire.ui.Shortcut.UNDO_WORKFLOW.key();

    private final WorkflowTemplatesViewModel viewModel;

    @FXML private Button newButton;
    @FXML private Button defaultButton;
    @FXML private Button deleteButton;
    @FXML private Button saveButton;
    @FXML private Button revertButton;
    @FXML private Button undoButton;
    @FXML private ProgressIndicator loadingIndicator;
    @FXML private Label readOnlyLabel;
    @FXML private ListView<WorkflowTemplate> templateList;
    @FXML private Label emptyLabel;
    @FXML private VBox editor;
    @FXML private Label noSelectionLabel;
    @FXML private TextField nameField;
    @FXML private Button addStepButton;
    @FXML private Button removeStepButton;
    @FXML private Button moveUpButton;
    @FXML private Button moveDownButton;
    @FXML private TableView<StepRow> stepTable;
    @FXML private TableColumn<StepRow, String> positionColumn;
    @FXML private TableColumn<StepRow, String> stepColumn;
    @FXML private TableColumn<StepRow, String> deciderColumn;
    @FXML private TableColumn<StepRow, String> approvalsColumn;
    @FXML private TableColumn<StepRow, String> slaColumn;
    @FXML private TableColumn<StepRow, String> escalationColumn;
    @FXML private TextField stepNameField;
    @FXML private ChoiceBox<Role> deciderChoice;
    @FXML private Spinner<Integer> approvalsSpinner;
    @FXML private Spinner<Integer> slaSpinner;
    @FXML private Label slaTextLabel;
    @FXML private ChoiceBox<Escalation> escalationChoice;
    @FXML private Label messageLabel;

    public WorkflowTemplatesView(WorkflowTemplatesViewModel viewModel) {
        this.viewModel = viewModel;
        Fxml.loadInto(this);
        getStylesheets().add(WorkflowTemplatesView.class.getResource("workflow-templates.css").toExternalForm());
        WorkflowCommands c = viewModel.commands();
        bind(newButton, c.newTemplate(), "Start a workflow with one review step");
        bind(defaultButton, c.makeDefault(), "New submissions go through this workflow");
        bind(deleteButton, c.delete(), "Delete this workflow; requests already submitted keep their steps");
        bind(saveButton, c.save(), "Save the changes (Ctrl+S)");
        bind(revertButton, c.revert(), "Discard the changes (Undo brings them back)");
        bind(undoButton, c.undo(), "Take back the last change (Ctrl+Z)");
        bind(addStepButton, c.addStep(), "Add a step after the selected one");
        bind(removeStepButton, c.removeStep(), "Remove the selected step (one step always stays)");
        bind(moveUpButton, c.moveUp(), "Move the selected step earlier");
        bind(moveDownButton, c.moveDown(), "Move the selected step later");
        bindTemplates();
        bindSteps();
        new StepForm(stepNameField, deciderChoice, approvalsSpinner, slaSpinner, slaTextLabel, escalationChoice)
                .setUp(viewModel, viewModel.editableProperty());
        readOnlyLabel.setText(viewModel.readOnlyNotice());
        readOnlyLabel.setVisible(!viewModel.isAdmin());
        readOnlyLabel.setManaged(!viewModel.isAdmin());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        loadingIndicator.visibleProperty().bind(viewModel.loadingProperty().or(viewModel.busyProperty()));
        addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
    }

    private void bindTemplates() {
        templateList.setItems(viewModel.templates());
        templateList.setCellFactory(list -> new TemplateCell());
        templateList.setPlaceholder(new Label(""));
        emptyLabel.textProperty().bind(viewModel.emptyTextProperty());
        emptyLabel.visibleProperty().bind(viewModel.emptyTextProperty().isNotEmpty());
        templateList.getSelectionModel().selectedItemProperty().addListener((obs, o, n) -> {
            if (n != null && !viewModel.select(n)) {
                // unsaved edits: the view model said why; the list goes back to the edited workflow
                Platform.runLater(this::showSelected);
            }
        });
        viewModel.selectedProperty().addListener((obs, o, n) -> showSelected());
        viewModel.templates().addListener((ListChangeListener<WorkflowTemplate>) change -> showSelected());
        editor.visibleProperty().bind(viewModel.selectedProperty().isNotNull());
        noSelectionLabel.visibleProperty().bind(viewModel.selectedProperty().isNull()
                .and(viewModel.emptyTextProperty().isEmpty()));
    }

    private void showSelected() {
        WorkflowTemplate selected = viewModel.selectedProperty().get();
        int index = selected == null ? -1 : viewModel.templates().stream().map(WorkflowTemplate::id).toList()
                .indexOf(selected.id());
        if (index < 0) {
            templateList.getSelectionModel().clearSelection();
        } else if (templateList.getSelectionModel().getSelectedIndex() != index) {
            templateList.getSelectionModel().select(index);
        }
    }

    private void bindSteps() {
        WorkflowDraft draft = viewModel.draft();
        nameField.textProperty().bindBidirectional(draft.nameProperty());
        nameField.disableProperty().bind(viewModel.editableProperty().not());
        stepTable.setItems(draft.rows());
        positionColumn.setCellValueFactory(c -> Bindings.createStringBinding(
                () -> String.valueOf(draft.rows().indexOf(c.getValue()) + 1), draft.rows()));
        stepColumn.setCellValueFactory(c -> c.getValue().nameProperty());
        deciderColumn.setCellValueFactory(c -> Bindings.createStringBinding(() -> c.getValue().deciderRoleProperty()
                .get() == null ? "" : c.getValue().deciderRoleProperty().get().label(), c.getValue().deciderRoleProperty()));
        approvalsColumn.setCellValueFactory(c -> Bindings.convert(c.getValue().approvalsProperty()));
        slaColumn.setCellValueFactory(c -> Bindings.createStringBinding(() -> c.getValue().slaHoursProperty().get()
                + " h (" + c.getValue().slaTextProperty().get() + ")", c.getValue().slaTextProperty()));
        escalationColumn.setCellValueFactory(c -> Bindings.createStringBinding(
                () -> viewModel.escalationLabel(c.getValue().escalationProperty().get()), c.getValue().escalationProperty()));
        Label none = new Label("No steps.");
        none.getStyleClass().add("empty-state");
        stepTable.setPlaceholder(none);
        stepTable.getSelectionModel().selectedItemProperty().addListener((obs, o, n) -> {
            if (n != null) {
                draft.selectedStepProperty().set(n);
            }
        });
        draft.selectedStepProperty().addListener((obs, o, n) -> selectStep(n));
        draft.rows().addListener((ListChangeListener<StepRow>) change -> selectStep(draft.selectedStepProperty().get()));
        selectStep(draft.selectedStepProperty().get());
    }

    private void selectStep(StepRow row) {
        if (row != null && stepTable.getSelectionModel().getSelectedItem() != row) {
            stepTable.getSelectionModel().select(row);
        }
    }

    private void shortcut(KeyEvent event) {
        Command command = SAVE.match(event) ? viewModel.commands().save()
                : UNDO.match(event) ? viewModel.commands().undo() : null;
        if (command != null && command.isExecutable()) {
            command.execute();
            event.consume();
        }
    }

    private static void bind(Button button, Command command, String tip) {
        button.disableProperty().bind(command.executableProperty().not());
        button.setTooltip(new Tooltip(tip));
    }

    @FXML
    private void onNew() {
        viewModel.commands().newTemplate().execute();
    }

    @FXML
    private void onMakeDefault() {
        viewModel.commands().makeDefault().execute();
    }

    @FXML
    private void onDelete() {
        WorkflowTemplate template = viewModel.selectedProperty().get();
        if (template == null) {
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION,
                "Requests already submitted with it keep their steps. This cannot be undone.",
                ButtonType.CANCEL, ButtonType.OK);
        confirm.setTitle("Delete workflow");
        confirm.setHeaderText("Delete the workflow “" + template.name() + "”?");
        confirm.initOwner(getScene() == null ? null : getScene().getWindow());
        confirm.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> viewModel.commands().delete().execute());
    }

    @FXML
    private void onSave() {
        viewModel.commands().save().execute();
    }

    @FXML
    private void onRevert() {
        viewModel.commands().revert().execute();
    }

    @FXML
    private void onUndo() {
        viewModel.commands().undo().execute();
    }

    @FXML
    private void onAddStep() {
        viewModel.commands().addStep().execute();
    }

    @FXML
    private void onRemoveStep() {
        viewModel.commands().removeStep().execute();
    }

    @FXML
    private void onMoveUp() {
        viewModel.commands().moveUp().execute();
    }

    @FXML
    private void onMoveDown() {
        viewModel.commands().moveDown().execute();
    }
}
