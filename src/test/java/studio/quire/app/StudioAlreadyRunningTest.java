package studio.quire.app;

import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.quire.testsupport.OtherQuire;
import studio.quire.testsupport.TestServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import studio.quire.session.DataDirectory;
import studio.quire.session.SettingsStore;
import static org.assertj.core.api.Assertions.assertThat;
import static studio.quire.testsupport.FxTests.visible;
import static studio.quire.testsupport.FxTests.waitUntil;

/**
 * A second studio on a data directory another Quire holds: the window says Quire is already
 * running (which process), offers to quit and nothing that cannot work, and quitting it leaves
 * the other Quire's settings alone.
 */
@ExtendWith(ApplicationExtension.class)
@studio.quire.testsupport.Slow
class StudioAlreadyRunningTest {
    private final CountDownLatch stopped = new CountDownLatch(1);
    private Studio studio;
    private Path home;
    private OtherQuire other;

    @Start
    void start(Stage stage) throws Exception {
        home = Files.createDirectories(TestServer.root().resolve("homes").resolve("second-studio-" + System.nanoTime()));
        Files.createSymbolicLink(home.resolve("runtime"), TestServer.binariesCache().toAbsolutePath());
        other = OtherQuire.holding(home);
        DataDirectory directory = new DataDirectory(home);
        studio = new Studio(directory, new SettingsStore(directory.settingsFile()), Map.of(), stopped::countDown);
        studio.show(stage, java.util.Optional.empty());
    }

    @AfterEach
    void stop() throws Exception {
        studio.shutdown();
        other.close();
    }

    @Test
    void show_saysQuireIsAlreadyRunning_andOffersOnlyToQuit_whenAnotherQuireHoldsTheDataDirectory(FxRobot robot)
            throws Exception {
        waitUntil(() -> robot.lookup("Quire is already running").tryQuery().map(n -> visible(n)).orElse(false));

        assertThat(robot.lookup(".state-text").queryAllAs(javafx.scene.control.Label.class).stream()
                .filter(label -> visible(label)).map(javafx.scene.control.Label::getText))
                .singleElement().asString()
                .contains("Another Quire (process " + other.pid() + ")").contains(home.toString());
        assertThat(robot.lookup("Quire could not reach its database").tryQuery().filter(n -> visible(n))).isEmpty();
        assertThat(robot.lookup(".state-actions .button").queryAllAs(Button.class).stream()
                .filter(button -> visible(button)).map(Button::getText)).containsExactly("Quit");

        robot.clickOn("Quit");

        assertThat(stopped.await(30, TimeUnit.SECONDS)).as("the studio stopped").isTrue();
        assertThat(home.resolve("settings.properties")).as("left to the Quire that holds the directory").doesNotExist();
    }
}
