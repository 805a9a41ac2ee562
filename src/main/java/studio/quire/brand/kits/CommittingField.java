package studio.quire.brand.kits;

import javafx.scene.control.TextField;

import java.util.function.Consumer;

/**
 * A text field that hands its text over when the writer is done with it (Enter, or leaving the
 * field), not on every keystroke: one edit, one undo step. Escape puts the shown value back.
 */
final class CommittingField extends TextField {
    private String shown;

    CommittingField(String value, String prompt, Consumer<String> commit) {
        super(value);
        shown = value;
        setPromptText(prompt);
        setOnAction(e -> hand(commit));
        focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                hand(commit);
            }
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                setText(shown);
            }
        });
    }

    private void hand(Consumer<String> commit) {
        String text = getText();
        if (text != null && !text.equals(shown)) {
            shown = text;
            commit.accept(text);
        }
    }
}
