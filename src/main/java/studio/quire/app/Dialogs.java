package studio.quire.app;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** The small informational dialogs of the Help menu. */
final class Dialogs {
    private Dialogs() {
    }

    static Alert about(Window owner, Session session) {
        String version = java.util.Optional.ofNullable(Studio.class.getPackage().getImplementationVersion())
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

    static Alert shortcuts(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, """
                Ctrl+N        New project
                Enter         Open the selected project's manuscript
                F2            Rename the selected project
                Ctrl+E        Archive or unarchive the selected project
                Ctrl+Z        Undo the last rename or archive
                Ctrl+F        Filter projects by title (Esc clears)
                F5            Reload
                Ctrl+1/2/3    Projects / People / Manuscript
                Ctrl+4/5/6    Review queue / Inbox / Workflows
                In the review queue: Enter or double-click opens an item; on its
                screen Alt+A approve, Alt+C request changes, Alt+J reject, Esc back;
                Ctrl+Alt+M comments on the selected words
                In the inbox: Enter opens, Ctrl+Shift+R marks everything read
                In the manuscript: Ctrl+Enter new sibling, Ctrl+Shift+Enter new
                child, F2 rename, Alt+Up/Down move, Tab/Shift+Tab indent/outdent,
                Delete trash (Ctrl+Z brings it back)
                Ctrl+Shift+T  Light or dark theme
                Ctrl+Q        Quit""", ButtonType.CLOSE);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.getDialogPane().getStyleClass().add("shortcuts");
        alert.initOwner(owner);
        return alert;
    }
}
