package studio.quire.editor.revision;

import studio.quire.ui.ValidatedTextDialog;

import java.util.Optional;
import java.util.function.Function;

/** Asks the name of a named snapshot. */
final class SnapshotNameDialog extends ValidatedTextDialog<String> {
    SnapshotNameDialog(Function<String, Optional<String>> problem) {
        super("Keep a named snapshot", "Name", "", "Keep", problem);
    }

    @Override
    protected String result() {
        return field.getText();
    }
}
