package studio.quire.manuscript.tree;

import studio.quire.ui.ValidatedTextDialog;

import java.util.Optional;
import java.util.function.Function;

/** Asks for a node's new title. */
final class RenameNodeDialog extends ValidatedTextDialog<String> {
    RenameNodeDialog(String current, Function<String, Optional<String>> problem) {
        super("Rename", "Title", current, "Rename", problem);
    }

    @Override
    protected String result() {
        return field.getText();
    }
}
