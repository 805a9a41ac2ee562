package studio.quire.admin;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import studio.quire.ui.Choices;
import studio.quire.ui.Fxml;

/** The People page for admins: binds to {@link PeopleViewModel}. */
public final class PeopleView extends BorderPane {
    private final PeopleViewModel viewModel;
    private boolean updatingChoice;

    @FXML private Button addButton;
    @FXML private ChoiceBox<Role> roleChoice;
    @FXML private Button deactivateButton;
    @FXML private TableView<Member> table;
    @FXML private TableColumn<Member, String> nameColumn;
    @FXML private TableColumn<Member, String> loginColumn;
    @FXML private TableColumn<Member, String> roleColumn;
    @FXML private TableColumn<Member, String> statusColumn;
    @FXML private Label messageLabel;
    @FXML private ProgressIndicator loadingIndicator;

    public PeopleView(PeopleViewModel viewModel) {
        this.viewModel = viewModel;
        Fxml.loadInto(this);
        bind();
    }

    private void bind() {
        table.setItems(viewModel.members());
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().displayName()));
        loginColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().loginName()));
        roleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().role().label()));
        statusColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().active() ? "Active" : "Deactivated"));
        Label empty = new Label("Nobody here yet. Add a person to give them a login.");
        empty.getStyleClass().add("empty-state");
        table.setPlaceholder(empty);
        table.getSelectionModel().selectedItemProperty().addListener((obs, o, n) -> viewModel.selectedProperty().set(n));
        viewModel.selectedProperty().addListener((obs, o, n) -> {
            if (n != null && table.getSelectionModel().getSelectedItem() != n) {
                table.getSelectionModel().select(n);
            }
            showRole(n);
        });

        Choices.fill(roleChoice, java.util.List.of(Role.values()), Role::label);
        roleChoice.disableProperty().bind(viewModel.selectionActiveProperty().not());
        roleChoice.valueProperty().addListener((obs, o, role) -> {
            if (!updatingChoice && role != null) {
                viewModel.changeRole(role);
            }
        });
        deactivateButton.disableProperty().bind(viewModel.deactivateCommand().executableProperty().not());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        loadingIndicator.visibleProperty().bind(viewModel.loadingProperty());
    }

    private void showRole(Member member) {
        updatingChoice = true;
        try {
            roleChoice.setValue(member == null ? null : member.role());
        } finally {
            updatingChoice = false;
        }
    }

    @FXML
    private void onAdd() {
        AddPersonDialog dialog = new AddPersonDialog(viewModel::loginProblem, viewModel::nameProblem);
        dialog.initOwner(getScene() == null ? null : getScene().getWindow());
        dialog.showAndWait().ifPresent(p -> viewModel.addPerson(p.login(), p.displayName(), p.role()));
    }

    @FXML
    private void onDeactivate() {
        Member member = viewModel.selectedProperty().get();
        if (member == null) {
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION,
                member.displayName() + " will no longer be able to sign in to this organization. "
                        + "Their work stays. You can add them again later.",
                ButtonType.CANCEL, ButtonType.OK);
        confirm.setTitle("Deactivate " + member.displayName());
        confirm.setHeaderText("Deactivate " + member.displayName() + "?");
        confirm.initOwner(getScene() == null ? null : getScene().getWindow());
        confirm.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> viewModel.deactivateCommand().execute());
    }
}
