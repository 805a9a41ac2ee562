package studio.quire.project;

import studio.quire.ui.ValidatedTextDialog;

import java.util.Optional;
import java.util.function.Function;

/** Asks for a project's new title. */
final class RenameDialog extends ValidatedTextDialog<String> {
    RenameDialog(String current, Function<String, Optional<String>> problem) {
        super("Rename project", "Title", current, "Rename", problem);
    }

    @Override
    protected String result() {
        return field.getText();
    }
}
