package studio.quire.app;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application (being built). */
public final class QuireApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("Quire");
        stage.show();
    }
}
