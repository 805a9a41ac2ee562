package studio.quire.app.signin;

import javafx.scene.Node;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import studio.quire.app.connect.ConnectionDialog;
import studio.quire.app.connect.ConnectionFormViewModel;

/** What both the menus and the sign-in cards offer: connecting to a team server, and quitting. */
public final class WindowActions {
    private WindowActions() {
    }

    /** Asks for a team server in a dialog over the window of {@code near}, then connects to it. */
    public static void connectToServer(Node near, ServerSignIn signIn) {
        ConnectionFormViewModel form = signIn.newConnectionForm();
        ConnectionDialog dialog = new ConnectionDialog(form);
        dialog.initOwner(near.getScene().getWindow());
        dialog.showAndWait().filter(Boolean::booleanValue).ifPresent(ok -> signIn.connectToServer(form));
    }

    /** Closes the window of {@code near} as its close button would (everything is then stopped). */
    public static void quit(Node near) {
        if (near.getScene() != null) {
            Window window = near.getScene().getWindow();
            window.fireEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST));
            window.hide();
        }
    }
}
