package studio.quire.testsupport;

import javafx.application.Platform;
import javafx.scene.layout.BorderPane;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.api.FxToolkit;
import studio.quire.ui.FxTaskExecutor;

import java.util.concurrent.TimeoutException;

/**
 * What a view test against the real database starts from: a database of its own for the class
 * (made before the subclass's own {@code @BeforeAll}, dropped after the last test), a window whose
 * centre the test fills with the view under test, and an executor that runs work in the background
 * and applies results on the FX thread, closed after each test.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class DatabaseViewTest {
    protected static TestDatabase db;
    protected final BorderPane root = new BorderPane();
    protected FxTaskExecutor executor;

    @BeforeAll
    static void newDatabase() {
        db = TestServer.get().newDatabase();
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    @BeforeEach
    void showWindow() throws TimeoutException {
        // After ApplicationExtension has registered the stage; TestFX looks for @Start only in the test class itself.
        executor = new FxTaskExecutor(Platform::runLater, 2);
        FxToolkit.setupStage(stage -> FxTests.show(stage, root));
    }

    @AfterEach
    void closeExecutor() {
        executor.close();
    }
}
