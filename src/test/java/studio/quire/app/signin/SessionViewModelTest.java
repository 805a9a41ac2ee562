package studio.quire.app.signin;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import studio.quire.admin.Membership;
import studio.quire.admin.PeopleRepository;
import studio.quire.admin.Role;
import studio.quire.db.ConnectionProfile;
import studio.quire.db.LocalCredentials;
import studio.quire.session.DataDirectory;
import studio.quire.session.SettingsStore;
import studio.quire.testsupport.OtherQuire;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import studio.quire.app.window.WindowModels;
import static org.assertj.core.api.Assertions.assertThat;

/** Connecting, signing in and switching, without a toolkit, against a real server (server mode). */
class SessionViewModelTest {
    private static TestDatabase db;
    private static TestDatabase.Org org;
    @TempDir
    Path home;
    private WindowModels window;

    @BeforeAll
    static void database() {
        db = TestServer.get().newDatabase();
        org = db.createOrg("Session VM");
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

    private SessionViewModel connectAs(String url, String login, String password) {
        window = WindowModels.toServer(home, url, login, password).connected();
        return window.session();
    }

    @Test
    void connect_signsIn_asTheRightPersonOnATeamServer() {
        SessionViewModel session = connectAs(db.owner().jdbcUrl(), org.writer(), TestDatabase.passwordOf(org.writer()));

        assertThat(session.stateProperty().get()).isEqualTo(ConnectionState.READY);
        assertThat(session.readyProperty().get()).isTrue();
        assertThat(session.sessionProperty().get().identity().loginName()).isEqualTo(org.writer());
        assertThat(session.adminProperty().get()).isFalse();
        assertThat(session.embeddedProperty().get()).isFalse();
        assertThat(session.retryCommand().isExecutable()).as("nothing to retry").isFalse();
    }

    @Test
    void connect_fails_withAClearMessageAndARetry_whenTheServerIsUnreachable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        SessionViewModel session = connectAs("jdbc:postgresql://127.0.0.1:" + closedPort + "/quire", org.writer(), "x");

        assertThat(session.stateProperty().get()).isEqualTo(ConnectionState.FAILED);
        assertThat(session.failureMessageProperty().get()).contains("not reachable").contains(String.valueOf(closedPort));
        assertThat(session.retryCommand().isExecutable()).isTrue();
        assertThat(session.serverSignIn().serverChosenProperty().get()).as("offers this computer's database").isTrue();
    }

    @Test
    void connect_fails_withWrongPasswordMessage() {
        SessionViewModel session = connectAs(db.owner().jdbcUrl(), org.writer(), "not-the-password");
        assertThat(session.stateProperty().get()).isEqualTo(ConnectionState.FAILED);
        assertThat(session.failureMessageProperty().get()).contains("Wrong user name or password");
    }

    @Test
    @studio.quire.testsupport.Slow
    void connect_saysQuireIsAlreadyRunningWithItsProcess_andConnectsOnceItQuits_whenAnotherQuireHoldsTheDataDirectory()
            throws Exception {
        Path embedded = embeddedHome();
        window = WindowModels.as(embedded, new SettingsStore(embedded.resolve("settings.properties")));
        SessionViewModel session = window.session();
        try (OtherQuire other = OtherQuire.holding(embedded)) {
            session.connect();

            assertThat(session.stateProperty().get()).isEqualTo(ConnectionState.ALREADY_RUNNING);
            assertThat(session.directoryInUse().messageProperty().get())
                    .startsWith("Another Quire (process " + other.pid() + ") is using this computer's data directory")
                    .contains(embedded.toString());
            assertThat(session.directoryInUse().hintProperty().get())
                    .isEqualTo("This window connects by itself as soon as the other Quire quits.");
            assertThat(session.failureMessageProperty().get()).as("not a failure to reach the database").isEmpty();
            assertThat(session.retryCommand().isExecutable()).as("trying again cannot work meanwhile").isFalse();

            other.quit();
            WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS,
                    () -> session.stateProperty().get() == ConnectionState.READY);
        }
        assertThat(session.sessionProperty().get().isEmbedded()).isTrue();
        assertThat(session.directoryInUse().waitingProperty().get()).isFalse();
    }

    /** A fresh data directory for the embedded server, sharing the test build's PostgreSQL programs. */
    private static Path embeddedHome() throws Exception {
        Path embedded = Files.createDirectories(TestServer.root().resolve("homes")
                .resolve("window-vm-" + ProcessHandle.current().pid() + "-" + System.nanoTime()));
        Files.createSymbolicLink(embedded.resolve("runtime"), TestServer.binariesCache().toAbsolutePath());
        return embedded;
    }

    @Test
    void switchOrganization_worksInTheOtherOrganization_withTheRoleHeldThere_andRemembersIt() {
        TestDatabase.Org second = db.createOrg("Second Press");
        new PeopleRepository(db.openOwner().dsl()).addPerson(second.id(), org.writer(), "Writer", Role.EDITOR,
                TestDatabase.passwordOf(org.writer()));
        SessionViewModel session = connectAs(db.owner().jdbcUrl(), org.writer(), TestDatabase.passwordOf(org.writer()));
        assertThat(session.organizations()).extracting(Membership::orgName)
                .containsExactlyInAnyOrder("Session VM", "Second Press");

        session.switchOrganization(session.organizations().stream()
                .filter(m -> m.orgName().equals("Second Press")).findFirst().orElseThrow());

        assertThat(session.sessionProperty().get().organization().orgName()).isEqualTo("Second Press");
        assertThat(session.sessionProperty().get().organization().role()).isEqualTo(Role.EDITOR);
        assertThat(new SettingsStore(home.resolve("settings.properties")).get().lastOrgId()).isEqualTo(second.id());
    }

    @Test
    void connect_withARememberedPasswordThatNoLongerWorks_asksForThePassword() throws Exception {
        URI url = URI.create(db.owner().jdbcUrl().substring("jdbc:".length()));
        ConnectionProfile profile = new ConnectionProfile("Office", url.getHost(), url.getPort(),
                url.getPath().substring(1), org.writer(), "disable", true);
        SettingsStore settings = new SettingsStore(home.resolve("settings.properties"));
        settings.update(s -> s.withProfile(profile).withActiveProfile("Office"));
        LocalCredentials.load(new DataDirectory(home).serverPasswordsFile()).put("Office", "stale");
        window = WindowModels.as(home, settings);
        SessionViewModel session = window.session();

        session.connect();
        assertThat(session.stateProperty().get()).isEqualTo(ConnectionState.PASSWORD_NEEDED);
        assertThat(session.serverSignIn().passwordPromptProperty().get()).contains(org.writer()).contains("Office");

        session.serverSignIn().connectWithPassword(TestDatabase.passwordOf(org.writer()));
        assertThat(session.stateProperty().get()).isEqualTo(ConnectionState.READY);
    }
}
