package studio.quire.editor.revision;

import studio.quire.ui.ValidatedTextDialog;

import java.util.Optional;
import java.util.function.Function;

/** Asks the name of a named revision. */
final class RevisionNameDialog extends ValidatedTextDialog<String> {
    RevisionNameDialog(Function<String, Optional<String>> problem) {
        super("Keep a named revision", "Name", "", "Keep", problem);
    }

    @Override
    protected String result() {
        return field.getText();
    }
}
