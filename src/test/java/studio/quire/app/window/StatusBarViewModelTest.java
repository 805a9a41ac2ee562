package studio.quire.app.window;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;

import java.net.ServerSocket;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What the status bar says, without a toolkit, against a real server (server mode). */
class StatusBarViewModelTest {
    private static TestDatabase db;
    private static TestDatabase.Org org;
    @TempDir
    Path home;
    private WindowModels window;

    @BeforeAll
    static void database() {
        db = TestServer.get().newDatabase();
        org = db.createOrg("Main window VM");
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.close();
        }
    }

    private StatusBarViewModel connectAs(String url, String login, String password) {
        window = WindowModels.toServer(home, url, login, password).connected();
        return window.viewModel.statusBar();
    }

    @Test
    void connect_signsIn_andTheStatusBarSaysWhereAndWho() {
        StatusBarViewModel status = connectAs(db.owner().jdbcUrl(), org.writer(), TestDatabase.passwordOf(org.writer()));

        assertThat(status.connectionLabelProperty().get()).startsWith("Team server · PostgreSQL 18");
        assertThat(status.statusTextProperty().get()).isEqualTo(status.connectionLabelProperty().get());
        assertThat(status.personLabelProperty().get()).contains("(Writer)").contains("Main window VM");
        assertThat(status.signedInProperty().get()).isTrue();
    }

    @Test
    void connect_saysNotConnected_whenTheServerIsUnreachable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        StatusBarViewModel status = connectAs("jdbc:postgresql://127.0.0.1:" + closedPort + "/quire", org.writer(), "x");

        assertThat(status.statusTextProperty().get()).isEqualTo("Not connected");
        assertThat(status.noticeTextProperty().get()).as("the failure is told on the page, not here").isEmpty();
        assertThat(status.personLabelProperty().get()).isEmpty();
    }

    @Test
    void noticeText_isTheNotice_toldAsGoodNewsOrAsAProblem_whileConnected() {
        StatusBarViewModel status = connectAs(db.owner().jdbcUrl(), org.writer(), TestDatabase.passwordOf(org.writer()));

        status.notice().goodNews("Recovered unsaved text from the last session: 1 section saved.");
        assertThat(status.noticeTextProperty().get()).isEqualTo("Recovered unsaved text from the last session: 1 section saved.");
        assertThat(status.goodNewsProperty().get()).isTrue();

        status.notice().problem("The journal could not be opened.");
        assertThat(status.noticeTextProperty().get()).isEqualTo("The journal could not be opened.");
        assertThat(status.goodNewsProperty().get()).isFalse();
    }
}
