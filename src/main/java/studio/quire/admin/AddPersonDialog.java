package studio.quire.admin;

import javafx.beans.binding.Bindings;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import studio.quire.ui.Choices;
import studio.quire.ui.ValidatedTextDialog;

import java.util.Optional;
import java.util.function.Function;

/** Asks for a new person's login name, display name and role. */
final class AddPersonDialog extends ValidatedTextDialog<AddPersonDialog.NewPerson> {
    /** What the admin typed. */
    record NewPerson(String login, String displayName, Role role) {
    }

    private final TextField name = new TextField();
    private final ChoiceBox<Role> role = new ChoiceBox<>();

    AddPersonDialog(Function<String, Optional<String>> loginProblem, Function<String, Optional<String>> nameProblem) {
        super("Add person", "Login", "", "Add", loginProblem);
        field.setPromptText("e.g. ada_lovelace");
        name.setId("dialog-name");
        name.setPromptText("Ada Lovelace");
        role.setId("dialog-role");
        Choices.fill(role, java.util.List.of(Role.values()), Role::label);
        role.setValue(Role.WRITER);
        form.addRow(2, new Label("Name"), name);
        form.addRow(3, new Label("Role"), role);
        var ok = getDialogPane().getButtonTypes().get(0);
        var okButton = getDialogPane().lookupButton(ok);
        okButton.disableProperty().unbind();
        okButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> loginProblem.apply(field.getText()).isPresent() || nameProblem.apply(name.getText()).isPresent(),
                field.textProperty(), name.textProperty()));
    }

    @Override
    protected NewPerson result() {
        return new NewPerson(field.getText().strip(), name.getText().strip(), role.getValue());
    }
}
