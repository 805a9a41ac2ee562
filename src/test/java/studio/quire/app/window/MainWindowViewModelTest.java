package studio.quire.app.window;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import studio.quire.testsupport.OtherQuire;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;
import studio.quire.ui.SameThreadTaskExecutor;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import studio.quire.session.SessionOpener;
import studio.quire.session.DataDirectory;
import studio.quire.session.Settings;
import studio.quire.session.SettingsStore;
import static org.assertj.core.api.Assertions.assertThat;

/** The main window's decisions, without a toolkit, against a real server (server mode). */
class MainWindowViewModelTest {
    private static TestDatabase db;
    private static TestDatabase.Org org;
    @TempDir
    Path home;
    private SessionOpener opener;
    private MainWindowViewModel viewModel;

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
        if (viewModel != null && viewModel.sessionProperty().get() != null) {
            viewModel.sessionProperty().get().close();
        }
        opener.close();
    }

    private MainWindowViewModel connectAs(String url, String login, String password) {
        SettingsStore settings = new SettingsStore(home.resolve("settings.properties"));
        opener = new SessionOpener(new DataDirectory(home), settings,
                Map.of("QUIRE_DB_URL", url, "QUIRE_DB_USER", login, "QUIRE_DB_PASSWORD", password));
        viewModel = new MainWindowViewModel(opener, settings, new SameThreadTaskExecutor());
        viewModel.connect();
        return viewModel;
    }

    @Test
    void connect_signsIn_andTheStatusBarSaysWhereAndWho() {
        connectAs(db.owner().jdbcUrl(), org.writer(), TestDatabase.passwordOf(org.writer()));

        assertThat(viewModel.stateProperty().get()).isEqualTo(ConnectionState.READY);
        assertThat(viewModel.connectionLabelProperty().get()).startsWith("Team server · PostgreSQL 18");
        assertThat(viewModel.statusTextProperty().get()).isEqualTo(viewModel.connectionLabelProperty().get());
        assertThat(viewModel.personLabelProperty().get()).contains("(Writer)").contains("Main window VM");
        assertThat(viewModel.showProjectsCommand().isExecutable()).isTrue();
        assertThat(viewModel.showPeopleCommand().isExecutable()).as("people page is for admins").isFalse();
        assertThat(viewModel.embeddedProperty().get()).isFalse();
    }

    @Test
    void notice_isShownUntilTheWriterMovesToAnotherPage() {
        connectAs(db.owner().jdbcUrl(), org.admin(), TestDatabase.passwordOf(org.admin()));
        viewModel.notice().goodNews("Recovered unsaved text from the last session: 1 section saved.");
        assertThat(viewModel.notice().textProperty().get()).isEqualTo("Recovered unsaved text from the last session: 1 section saved.");
        assertThat(viewModel.notice().goodNewsProperty().get()).isTrue();
        viewModel.notice().problem("Something went wrong.");
        assertThat(viewModel.notice().goodNewsProperty().get()).isFalse();

        viewModel.showPeopleCommand().execute();

        assertThat(viewModel.notice().textProperty().get()).isEmpty();
    }

    @Test
    void connect_asAdmin_offersThePeoplePage() {
        connectAs(db.owner().jdbcUrl(), org.admin(), TestDatabase.passwordOf(org.admin()));
        viewModel.showPeopleCommand().execute();
        assertThat(viewModel.pageProperty().get()).isEqualTo(MainWindowViewModel.Page.PEOPLE);
    }

    @Test
    void connect_fails_withAClearMessageAndARetry_whenTheServerIsUnreachable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        connectAs("jdbc:postgresql://127.0.0.1:" + closedPort + "/quire", org.writer(), "x");

        assertThat(viewModel.stateProperty().get()).isEqualTo(ConnectionState.FAILED);
        assertThat(viewModel.failureMessageProperty().get()).contains("not reachable").contains(String.valueOf(closedPort));
        assertThat(viewModel.statusTextProperty().get()).isEqualTo("Not connected");
        assertThat(viewModel.retryCommand().isExecutable()).isTrue();
        assertThat(viewModel.showProjectsCommand().isExecutable()).isFalse();
    }

    @studio.quire.testsupport.Slow
    @Test
    void connect_saysQuireIsAlreadyRunningWithItsProcess_andConnectsOnceItQuits_whenAnotherQuireHoldsTheDataDirectory()
            throws Exception {
        Path embedded = embeddedHome();
        SettingsStore settings = new SettingsStore(embedded.resolve("settings.properties"));
        opener = new SessionOpener(new DataDirectory(embedded), settings, Map.of());
        viewModel = new MainWindowViewModel(opener, settings, new SameThreadTaskExecutor());
        try (OtherQuire other = OtherQuire.holding(embedded)) {
            viewModel.connect();

            assertThat(viewModel.stateProperty().get()).isEqualTo(ConnectionState.ALREADY_RUNNING);
            assertThat(viewModel.directoryInUse().messageProperty().get())
                    .startsWith("Another Quire (process " + other.pid() + ") is using this computer's data directory")
                    .contains(embedded.toString());
            assertThat(viewModel.directoryInUse().hintProperty().get())
                    .isEqualTo("This window connects by itself as soon as the other Quire quits.");
            assertThat(viewModel.failureMessageProperty().get()).as("not a failure to reach the database").isEmpty();
            assertThat(viewModel.retryCommand().isExecutable()).as("trying again cannot work meanwhile").isFalse();
            assertThat(viewModel.statusTextProperty().get()).isEqualTo("Not connected");

            other.quit();
            WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS,
                    () -> viewModel.stateProperty().get() == ConnectionState.READY);
        }
        assertThat(viewModel.sessionProperty().get().isEmbedded()).isTrue();
        assertThat(viewModel.directoryInUse().waitingProperty().get()).isFalse();
    }

    /** A fresh data directory for the embedded server, sharing the test build's PostgreSQL programs. */
    private static Path embeddedHome() throws Exception {
        Path embedded = Files.createDirectories(TestServer.root().resolve("homes")
                .resolve("window-vm-" + ProcessHandle.current().pid() + "-" + System.nanoTime()));
        Files.createSymbolicLink(embedded.resolve("runtime"), TestServer.binariesCache().toAbsolutePath());
        return embedded;
    }

    @Test
    void connect_fails_withWrongPasswordMessage() {
        connectAs(db.owner().jdbcUrl(), org.writer(), "not-the-password");
        assertThat(viewModel.stateProperty().get()).isEqualTo(ConnectionState.FAILED);
        assertThat(viewModel.failureMessageProperty().get()).contains("Wrong user name or password");
    }

    @Test
    void switchOrganization_showsTheOtherOrganization_withTheRoleHeldThere() {
        TestDatabase.Org second = db.createOrg("Second Press");
        new studio.quire.admin.PeopleRepository(db.openOwner().dsl()).addPerson(second.id(), org.writer(), "Writer",
                studio.quire.admin.Role.EDITOR, TestDatabase.passwordOf(org.writer()));
        connectAs(db.owner().jdbcUrl(), org.writer(), TestDatabase.passwordOf(org.writer()));
        assertThat(viewModel.organizations()).extracting(studio.quire.admin.Membership::orgName)
                .containsExactlyInAnyOrder("Main window VM", "Second Press");

        viewModel.switchOrganization(viewModel.organizations().stream()
                .filter(m -> m.orgName().equals("Second Press")).findFirst().orElseThrow());

        assertThat(viewModel.personLabelProperty().get()).contains("(Editor)").contains("Second Press");
        assertThat(new SettingsStore(home.resolve("settings.properties")).get().lastOrgId()).isEqualTo(second.id());
    }

    @Test
    void connect_withARememberedPasswordThatNoLongerWorks_asksForThePassword() throws Exception {
        java.net.URI url = java.net.URI.create(db.owner().jdbcUrl().substring("jdbc:".length()));
        studio.quire.db.ConnectionProfile profile = new studio.quire.db.ConnectionProfile("Office", url.getHost(),
                url.getPort(), url.getPath().substring(1), org.writer(), "disable", true);
        SettingsStore settings = new SettingsStore(home.resolve("settings.properties"));
        settings.update(s -> s.withProfile(profile).withActiveProfile("Office"));
        studio.quire.db.LocalCredentials.load(new DataDirectory(home).serverPasswordsFile()).put("Office", "stale");
        opener = new SessionOpener(new DataDirectory(home), settings, Map.of());
        viewModel = new MainWindowViewModel(opener, settings, new SameThreadTaskExecutor());

        viewModel.connect();
        assertThat(viewModel.stateProperty().get()).isEqualTo(ConnectionState.PASSWORD_NEEDED);
        assertThat(viewModel.passwordPromptProperty().get()).contains(org.writer()).contains("Office");

        viewModel.connectWithPassword(TestDatabase.passwordOf(org.writer()));
        assertThat(viewModel.stateProperty().get()).isEqualTo(ConnectionState.READY);
    }

    @Test
    void openProject_showsTheManuscriptPage_untilSomeoneElseSignsIn() {
        connectAs(db.owner().jdbcUrl(), org.writer(), TestDatabase.passwordOf(org.writer()));
        assertThat(viewModel.showManuscriptCommand().isExecutable()).as("nothing open yet").isFalse();
        studio.quire.project.Project book = new studio.quire.project.Project(java.util.UUID.randomUUID(), org.id(),
                studio.quire.project.ProjectKind.BOOK, "Open Me", "", null, null, null, java.time.OffsetDateTime.now(), 1);

        viewModel.openProject(book);
        assertThat(viewModel.pageProperty().get()).isEqualTo(MainWindowViewModel.Page.MANUSCRIPT);
        assertThat(viewModel.showManuscriptCommand().isExecutable()).isTrue();

        viewModel.connect();
        assertThat(viewModel.openProjectProperty().get()).isNull();
        assertThat(viewModel.pageProperty().get()).isEqualTo(MainWindowViewModel.Page.PROJECTS);
    }

    @Test
    void toggleTheme_isRememberedForTheNextStart() {
        connectAs(db.owner().jdbcUrl(), org.writer(), TestDatabase.passwordOf(org.writer()));
        viewModel.toggleThemeCommand().execute();
        assertThat(viewModel.themeProperty().get()).isEqualTo(Settings.Theme.DARK);
        assertThat(new SettingsStore(home.resolve("settings.properties")).get().theme()).isEqualTo(Settings.Theme.DARK);
    }
}
