package studio.quire.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

import java.util.Optional;
import java.util.function.Function;

/**
 * A dialog base with a text field whose problem (from the view model's rule) is shown live
 * under it; OK stays disabled while there is one.
 *
 * @param <R> what the dialog returns
 */
public abstract class ValidatedTextDialog<R> extends Dialog<R> {
    protected final TextField field = new TextField();
    protected final GridPane form = new GridPane();

    protected ValidatedTextDialog(String title, String fieldLabel, String initial, String okLabel,
                                  Function<String, Optional<String>> problem) {
        setTitle(title);
        setHeaderText(null);
        ButtonType ok = new ButtonType(okLabel, javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        field.setText(initial);
        field.setPrefColumnCount(32);
        field.setId("dialog-text");
        Label error = new Label();
        error.getStyleClass().add("field-error");
        StringBinding problemText = Bindings.createStringBinding(
                () -> problem.apply(field.getText()).orElse(""), field.textProperty());
        error.textProperty().bind(Bindings.when(field.textProperty().isEmpty()).then("").otherwise(problemText));
        form.getStyleClass().add("dialog-form");
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label(fieldLabel), field);
        form.add(error, 1, 1);
        getDialogPane().setContent(form);
        getDialogPane().lookupButton(ok).disableProperty().bind(problemText.isNotEmpty());
        setOnShown(e -> {
            field.requestFocus();
            field.selectAll();
        });
        setResultConverter(button -> button == ok ? result() : null);
    }

    /** The value returned on OK. */
    protected abstract R result();
}
