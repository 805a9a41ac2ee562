package studio.quire.review.screen;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import studio.quire.ui.Choices;

import java.util.List;
import java.util.Optional;

/** Asks whom to hand a review step to, and why (the reason goes to them and into the history). */
final class DelegateDialog {
    private DelegateDialog() {
    }

    /** The person and reason chosen, or empty when cancelled. */
    static Optional<Choice> ask(Node owner, List<ReviewDetailsRepository.Delegate> people) {
        Dialog<Choice> dialog = new Dialog<>();
        dialog.setTitle("Delegate this step");
        if (owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
        }
        ChoiceBox<ReviewDetailsRepository.Delegate> person = new ChoiceBox<>();
        person.setId("delegatePerson");
        Choices.fill(person, people, ReviewDetailsRepository.Delegate::toString);
        person.setMaxWidth(Double.MAX_VALUE);
        TextField reason = new TextField();
        reason.setId("delegateReason");
        reason.setPromptText("Why, for them and the history");
        Label none = new Label(people.isEmpty() ? "Nobody else in this organization can take it." : "");
        none.setWrapText(true);
        VBox form = new VBox(8, new Label("Hand the step to"), person, new Label("Reason"), reason, none);
        form.setPrefWidth(380);
        ButtonType delegate = new ButtonType("Delegate", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().setAll(delegate, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(delegate).disableProperty()
                .bind(person.valueProperty().isNull().or(reason.textProperty().isEmpty()));
        dialog.setResultConverter(button -> button == delegate ? new Choice(person.getValue(), reason.getText()) : null);
        Platform.runLater(person::requestFocus);
        return dialog.showAndWait();
    }

    /** Who takes the step, and why. */
    record Choice(ReviewDetailsRepository.Delegate person, String reason) {
    }
}
