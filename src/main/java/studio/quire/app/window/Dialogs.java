package studio.quire.app.window;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import studio.quire.session.Session;
import studio.quire.app.Studio;

/** The small informational dialogs of the Help menu. */
final class Dialogs {
    private Dialogs() {
    }

    static Alert about(Window owner, Session session) {
        String version = java.util.Optional.ofNullable(Dialogs.class.getPackage().getImplementationVersion())
                .orElse("development build");
        String database = session == null ? "not connected"
                : "PostgreSQL " + session.serverVersion() + (session.isEmbedded() ? " (embedded)" : " (team server)");
        Alert alert = new Alert(Alert.AlertType.INFORMATION, """
                Quire %s
                Database: %s
                Java %s · JavaFX %s

                A studio for writers, editors and brand consultants.
                Licensed under the Apache License 2.0.""".formatted(version, database,
                System.getProperty("java.version"), System.getProperty("javafx.runtime.version", "?")), ButtonType.CLOSE);
        alert.setTitle("About Quire");
        alert.setHeaderText("Quire");
        alert.initOwner(owner);
        return alert;
    }

    /** F1: the keyboard shortcuts, from the same list the keys are bound from. */
    static javafx.scene.control.Dialog<ButtonType> shortcuts(Window owner) {
        return ShortcutsDialog.create(owner);
    }
}
