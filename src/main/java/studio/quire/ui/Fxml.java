package studio.quire.ui;

import javafx.fxml.FXMLLoader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;

/**
 * Loads a view's FXML as {@code fx:root} into the view itself: {@code ProjectsView} loads
 * {@code Projects.fxml} from the same package path, and the view is its own controller, so its
 * dependencies come through its constructor.
 */
public final class Fxml {
    private Fxml() {
    }

    public static void loadInto(Object view) {
        String name = view.getClass().getSimpleName().replaceFirst("View$", "") + ".fxml";
        URL resource = view.getClass().getResource(name);
        if (resource == null) {
            throw new IllegalStateException("Missing " + name + " beside " + view.getClass().getName());
        }
        FXMLLoader loader = new FXMLLoader(resource);
        loader.setRoot(view);
        loader.setController(view);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + name, e);
        }
    }
}
