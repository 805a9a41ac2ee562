package studio.quire.compare.view;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;

/** Shows a comparison in a window of its own, which closes on Esc or once the merged text is saved. */
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
        Scene scene = new Scene(view, WIDTH, HEIGHT);
        scene.getStylesheets().setAll(stylesheets);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
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
}
