package studio.quire.compare.view;

import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;

/**
 * Shows a comparison in a window of its own, which closes on Esc or once the merged text is saved;
 * closing it with changes rejected and not saved asks first.
 */
public final class ComparisonWindow {
    private static final double WIDTH = 1200;
    private static final double HEIGHT = 760;

    private ComparisonWindow() {
    }

    /**
     * Opens the window and starts reading and comparing; closing it stops that work.
     *
     * @param owner       the studio's window, or null
     * @param stylesheets the studio scene's stylesheets, so the window looks like the rest of Quire
     */
    public static Stage show(Window owner, ComparisonViewModel viewModel, List<String> stylesheets) {
        ComparisonView view = new ComparisonView(viewModel);
        Stage stage = new Stage();
        stage.setTitle(viewModel.request().title());
        if (owner != null) {
            stage.initOwner(owner);
        }
        // Within the usable screen, title bar included, on a 1280×800 laptop too.
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view, Math.min(WIDTH, Math.floor(screen.getWidth() * 0.94)),
                Math.min(HEIGHT, Math.floor(screen.getHeight() * 0.9)));
        scene.getStylesheets().setAll(stylesheets);
        scene.getAccelerators().put(studio.quire.ui.Shortcut.CLOSE_COMPARISON.key(), () -> {
            if (mayClose(stage, viewModel)) {
                stage.close();
            }
        });
        stage.setOnCloseRequest(event -> {
            if (!mayClose(stage, viewModel)) {
                event.consume();
            }
        });
        stage.setScene(scene);
        viewModel.closeRequestedProperty().addListener((obs, was, close) -> {
            if (close) {
                stage.close();
            }
        });
        stage.setOnHidden(event -> viewModel.dispose());
        stage.show();
        viewModel.load();
        return stage;
    }

    /** Asks before the writer's rejected changes are thrown away unsaved; true when the window may close. */
    private static boolean mayClose(Stage stage, ComparisonViewModel viewModel) {
        if (!viewModel.hasUnsavedChoices()) {
            return true;
        }
        ButtonType discard = new ButtonType("Close without saving", ButtonBar.ButtonData.OK_DONE);
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION,
                "The changes you rejected are forgotten when the window closes.", ButtonType.CANCEL, discard);
        confirm.setTitle("Close the comparison");
        confirm.setHeaderText("Close without saving the merged text?");
        confirm.initOwner(stage);
        confirm.getDialogPane().lookupButton(discard).setId("confirm-discard");
        return confirm.showAndWait().filter(choice -> choice == discard).isPresent();
    }
}
