package studio.quire.app.connect;

import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.quire.testsupport.FxTests;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;
import studio.quire.ui.FxTaskExecutor;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import studio.quire.session.Session;
import studio.quire.session.SessionOpener;
import studio.quire.session.DataDirectory;
import studio.quire.session.SettingsStore;
import studio.quire.app.signin.ConnectionState;
import studio.quire.app.window.MainWindowView;
import studio.quire.app.window.MainWindowViewModel;
import studio.quire.app.StudioFeatures;
import static org.assertj.core.api.Assertions.assertThat;
import static studio.quire.testsupport.FxTests.waitUntil;

/**
 * A server that cannot be reached shows a clear failure; the writer then fills in a team server
 * profile and gets in. The profile is remembered, the password is not (they did not ask).
 */
@ExtendWith(ApplicationExtension.class)
@studio.quire.testsupport.Slow
class ConnectionDialogTest {
    private static TestDatabase db;
    private static TestDatabase.Org org;
    private Path home;
    private FxTaskExecutor executor;
    private MainWindowViewModel viewModel;

    @BeforeAll
    static void database() {
        db = TestServer.get().newDatabase();
        org = db.createOrg("Team Server Org");
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Start
    void start(Stage stage) throws Exception {
        home = Files.createTempDirectory("quire-connect");
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        SettingsStore settings = new SettingsStore(home.resolve("settings.properties"));
        executor = new FxTaskExecutor(Platform::runLater, 2);
        SessionOpener opener = new SessionOpener(new DataDirectory(home), settings,
                Map.of("QUIRE_DB_URL", "jdbc:postgresql://127.0.0.1:" + closedPort + "/quire", "QUIRE_DB_USER", "nobody"));
        viewModel = new MainWindowViewModel(opener, settings, executor);
        FxTests.show(stage, new MainWindowView(viewModel, new StudioFeatures(executor, opener, viewModel.navigation()::openProject, viewModel.notice()::problem)));
        viewModel.session().connect();
    }

    @AfterEach
    void close() {
        Session session = viewModel.session().sessionProperty().get();
        if (session != null) {
            session.close();
        }
        executor.close();
    }

    @Test
    void unreachableServer_thenTeamServerProfile_signsIn(FxRobot robot) throws Exception {
        waitUntil(() -> viewModel.session().stateProperty().get() == ConnectionState.FAILED);
        assertThat(robot.lookup("#failureLabel").queryAs(Label.class).getText()).contains("not reachable");

        URI url = URI.create(db.owner().jdbcUrl().substring("jdbc:".length()));
        robot.clickOn("Connect to a team server…");
        waitUntil(() -> robot.lookup("#profile-host").tryQuery().isPresent());
        replaceText(robot, "#profile-host", url.getHost());
        replaceText(robot, "#profile-port", Integer.toString(url.getPort()));
        replaceText(robot, "#profile-database", url.getPath().substring(1));
        replaceText(robot, "#profile-user", org.editor());
        replaceText(robot, "#profile-password", TestDatabase.passwordOf(org.editor()));
        // Enter is the dialog's Connect (a "Connect" button also exists, hidden, in the window).
        robot.type(javafx.scene.input.KeyCode.ENTER);

        // Ready, or failed for a new reason (shown in the assertion below), not the first one.
        waitUntil(() -> viewModel.session().stateProperty().get() == ConnectionState.READY
                || viewModel.session().stateProperty().get() == ConnectionState.FAILED
                && !viewModel.session().failureMessageProperty().get().contains("not reachable"));
        assertThat(viewModel.session().stateProperty().get()).as(viewModel.session().failureMessageProperty().get()).isEqualTo(ConnectionState.READY);
        assertThat(viewModel.statusBar().personLabelProperty().get()).contains("(Editor)").contains("Team Server Org");
        String saved = Files.readString(home.resolve("settings.properties"));
        assertThat(saved).contains("activeProfile=Team server").contains(url.getHost());
        assertThat(saved).doesNotContain(TestDatabase.passwordOf(org.editor()));
        assertThat(home.resolve("server-passwords.properties")).satisfiesAnyOf(
                p -> assertThat(p).doesNotExist(),
                p -> assertThat(Files.readString(p)).doesNotContain(TestDatabase.passwordOf(org.editor())));
    }

    /** Selects whatever the field holds and types over it, as a person would. */
    private static void replaceText(FxRobot robot, String query, String text) {
        robot.clickOn(query);
        robot.press(javafx.scene.input.KeyCode.CONTROL).press(javafx.scene.input.KeyCode.A)
                .release(javafx.scene.input.KeyCode.A).release(javafx.scene.input.KeyCode.CONTROL);
        robot.write(text);
        waitUntil(() -> ((javafx.scene.control.TextInputControl) robot.lookup(query).query()).getText().equals(text));
    }
}
