package studio.quire.session;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.quire.admin.Member;
import studio.quire.admin.PeopleRepository;
import studio.quire.admin.Role;
import studio.quire.db.ConnectionTarget;
import studio.quire.db.DatabaseUnavailableException;
import studio.quire.project.Project;
import studio.quire.project.ProjectRepository;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import studio.quire.demo.DemoWorkspace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Opening a session: the embedded first run and its demo, and signing in to a server with every
 * way it can go wrong explained in words a writer can act on.
 */
class SessionOpenerTest {
    private static TestDatabase db;
    private static TestDatabase.Org org;

    @BeforeAll
    static void serverDatabase() {
        db = TestServer.get().newDatabase();
        org = db.createOrg("Server team");
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    /** A fresh QUIRE_HOME that shares the unpacked PostgreSQL programs of the test build. */
    private static DataDirectory freshHome() throws IOException {
        Path home = Files.createDirectories(TestServer.root().resolve("homes"))
                .resolve("opener-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        Files.createDirectories(home);
        Files.createSymbolicLink(home.resolve("runtime"), TestServer.binariesCache().toAbsolutePath());
        return new DataDirectory(home);
    }

    private static SessionOpener opener(DataDirectory directory, Map<String, String> env) {
        return new SessionOpener(directory, new SettingsStore(directory.settingsFile()), env);
    }

    private static SessionOpener serverOpener() throws IOException {
        return opener(freshHome(), Map.of());
    }

    @studio.quire.testsupport.Slow
    @Test
    void open_createsTheDemoWorkspace_onTheFirstEmbeddedRun() throws Exception {
        DataDirectory home = freshHome();
        List<String> progress = new ArrayList<>();
        String local = DemoWorkspace.localLogin(System.getProperty("user.name"));
        try (SessionOpener opener = opener(home, Map.of()); Session session = opener.open(progress::add)) {
            assertThat(session.isEmbedded()).isTrue();
            assertThat(session.identity().loginName()).isEqualTo(local);
            assertThat(session.organization().orgName()).isEqualTo(DemoWorkspace.ORGANIZATION);
            assertThat(session.organization().role()).isEqualTo(Role.ADMIN);
            assertThat(new PeopleRepository(session.database().dsl()).members(session.organization().orgId()))
                    .extracting(Member::loginName, Member::role)
                    .containsExactlyInAnyOrder(tuple(local, Role.ADMIN), tuple("demo_writer", Role.WRITER),
                            tuple("demo_editor", Role.EDITOR), tuple("demo_consultant", Role.CONSULTANT));
            assertThat(new ProjectRepository(session.database().dsl()).list(session.organization().orgId()))
                    .extracting(Project::title).containsExactly(DemoWorkspace.SAMPLE_PROJECT);
            assertThat(opener.switchableLogins()).contains(local, "demo_writer", "demo_editor", "demo_consultant");
            assertThat(opener.switchablePeople(session)).extracting(SwitchablePerson::login, SwitchablePerson::label)
                    .contains(tuple("demo_consultant", "Cora Consultant (Consultant)"),
                            tuple("demo_editor", "Eddie Editor (Editor)"), tuple("demo_writer", "Wren Writer (Writer)"));
            assertThat(progress).isNotEmpty();
        }
        assertThat(new SettingsStore(home.settingsFile()).get().localLogin()).isEqualTo(local);
        assertThat(EmbeddedServerData.postmasterPid(home)).doesNotExist();
    }

    @studio.quire.testsupport.Slow
    @Test
    void open_reusesTheDemoWorkspace_onTheSecondRun_andSwitchPersonSignsInAsTheWriter() throws Exception {
        DataDirectory home = freshHome();
        try (SessionOpener first = opener(home, Map.of()); Session ignored = first.open(step -> { })) {
            assertThat(ignored.identity().memberships()).hasSize(1);
        }
        try (SessionOpener second = opener(home, Map.of()); Session session = second.open(step -> { })) {
            assertThat(session.identity().memberships()).hasSize(1);
            try (Connection owner = second.embeddedServer().orElseThrow().credentials().password("quire_owner")
                    .map(pw -> connect(second.embeddedServer().orElseThrow().target("quire_owner", pw))).orElseThrow();
                 Statement s = owner.createStatement();
                 var rs = s.executeQuery("select (select count(*) from quire.organization), (select count(*) from quire.project)")) {
                rs.next();
                assertThat(rs.getInt(1)).as("organizations").isEqualTo(1);
                assertThat(rs.getInt(2)).as("projects").isEqualTo(1);
            }

            try (Session writer = second.switchPerson("demo_writer")) {
                assertThat(writer.identity().loginName()).isEqualTo("demo_writer");
                assertThat(writer.organization().role()).isEqualTo(Role.WRITER);
                assertThat(writer.database().dsl().fetchValue("select session_user")).isEqualTo("demo_writer");
            }
            assertThatThrownBy(() -> second.switchPerson("nobody_here"))
                    .isInstanceOf(DatabaseUnavailableException.class).hasMessageContaining("nobody_here");
        }
    }

    @Test
    void signIn_opensASessionAsThePerson_onAServer() throws Exception {
        try (SessionOpener opener = serverOpener(); Session session = opener.signIn(server(org.writer()))) {
            assertThat(session.isEmbedded()).isFalse();
            assertThat(session.identity().loginName()).isEqualTo(org.writer());
            assertThat(session.organization().orgId()).isEqualTo(org.id());
            assertThat(session.serverVersion()).startsWith("18");
        }
    }

    @Test
    void signIn_explainsAWrongPassword() throws Exception {
        try (SessionOpener opener = serverOpener()) {
            assertThatThrownBy(() -> opener.signIn(server(org.writer()).as(org.writer(), "wrong")))
                    .isInstanceOf(DatabaseUnavailableException.class)
                    .hasMessage("Wrong user name or password for " + org.writer() + ". Check them and sign in again.");
        }
    }

    @Test
    void signIn_explainsAnUnreachableServer() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        ConnectionTarget nowhere = new ConnectionTarget(ConnectionTarget.Mode.SERVER,
                "jdbc:postgresql://127.0.0.1:" + closedPort + "/quire", org.writer(), "pw");
        try (SessionOpener opener = serverOpener()) {
            assertThatThrownBy(() -> opener.signIn(nowhere))
                    .isInstanceOf(DatabaseUnavailableException.class)
                    .hasMessageContaining("not reachable at 127.0.0.1:" + closedPort + "/quire")
                    .hasMessageContaining("Check that it is running");
        }
    }

    @Test
    void signIn_explainsALoginThatIsNotAQuirePerson() throws Exception {
        String outsider = TestDatabase.uniqueLogin("outsider");
        ownerExecutes("create role " + outsider + " login password 'pw' in role quire_member");
        try (SessionOpener opener = serverOpener()) {
            assertThatThrownBy(() -> opener.signIn(server(outsider).as(outsider, "pw")))
                    .isInstanceOf(DatabaseUnavailableException.class)
                    .hasMessage(outsider + " can sign in to the server but is not an active Quire person. "
                            + "Ask your Quire admin to add you (quire people add).");
        } finally {
            ownerExecutes("drop role " + outsider);
        }
    }

    @Test
    void signIn_explainsMissingPrivileges_forARoleWithoutAccessToTheSchema() throws Exception {
        String stranger = TestDatabase.uniqueLogin("stranger");
        ownerExecutes("create role " + stranger + " login password 'pw'");
        try (SessionOpener opener = serverOpener()) {
            assertThatThrownBy(() -> opener.signIn(server(stranger).as(stranger, "pw")))
                    .as("no CONNECT on the database").isInstanceOf(DatabaseUnavailableException.class)
                    .hasMessage(stranger + " has no access to Quire's data on this server. "
                            + "Ask your Quire admin to add you as a person.");

            ownerExecutes("grant connect on database " + db.name() + " to " + stranger);
            assertThatThrownBy(() -> opener.signIn(server(stranger).as(stranger, "pw")))
                    .as("CONNECT but no use of the schema").isInstanceOf(DatabaseUnavailableException.class)
                    .hasMessage(stranger + " has no access to Quire's data on this server. "
                            + "Ask your Quire admin to add you as a person.");
        } finally {
            ownerExecutes("revoke connect on database " + db.name() + " from " + stranger);
            ownerExecutes("drop role " + stranger);
        }
    }

    @Test
    void signIn_explainsASchemaNewerThanTheApp() throws Exception {
        try (TestDatabase future = TestServer.get().newDatabase(); SessionOpener opener = serverOpener()) {
            TestDatabase.Org team = future.createOrg("From the future");
            try (Connection owner = future.rawConnection(future.owner()); Statement s = owner.createStatement()) {
                s.execute("""
                        insert into quire.flyway_schema_history
                            (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success)
                        values (99, '99', 'from a newer quire', 'SQL', 'V99__from_a_newer_quire.sql', 0, 'quire_owner', 1, true)""");
            }
            assertThatThrownBy(() -> opener.signIn(future.as(team.writer())))
                    .isInstanceOf(DatabaseUnavailableException.class)
                    .hasMessageStartingWith("The database schema (version 99) is newer than this Quire")
                    .hasMessageContaining("Update Quire");
        }
    }

    @Test
    void signIn_explainsASchemaOlderThanTheApp() throws Exception {
        try (TestDatabase past = TestServer.get().newDatabase(); SessionOpener opener = serverOpener()) {
            TestDatabase.Org team = past.createOrg("From the past");
            try (Connection owner = past.rawConnection(past.owner()); Statement s = owner.createStatement()) {
                s.execute("delete from quire.flyway_schema_history where installed_rank = "
                        + "(select max(installed_rank) from quire.flyway_schema_history)");
            }
            assertThatThrownBy(() -> opener.signIn(past.as(team.writer())))
                    .isInstanceOf(DatabaseUnavailableException.class)
                    .hasMessageContaining("is older than this Quire")
                    .hasMessageContaining("quire migrate");
        }
    }

    @Test
    void open_signsInToTheServerNamedByTheEnvironment() throws Exception {
        ConnectionTarget writer = server(org.writer());
        Map<String, String> env = Map.of("QUIRE_DB_URL", writer.jdbcUrl(), "QUIRE_DB_USER", writer.user(),
                "QUIRE_DB_PASSWORD", writer.password());
        List<String> progress = new ArrayList<>();
        try (SessionOpener opener = opener(freshHome(), env); Session session = opener.open(progress::add)) {
            assertThat(session.isEmbedded()).isFalse();
            assertThat(session.identity().loginName()).isEqualTo(org.writer());
            assertThat(opener.embeddedServer()).as("no embedded server started").isEmpty();
            assertThat(progress).anyMatch(step -> step.contains(writer.jdbcUrl()));
        }
        Map<String, String> libpq = Map.of("QUIRE_DB_URL", writer.jdbcUrl().replaceFirst("^jdbc:", ""),
                "QUIRE_DB_USER", writer.user(), "QUIRE_DB_PASSWORD", writer.password());
        try (SessionOpener opener = opener(freshHome(), libpq); Session session = opener.open(step -> { })) {
            assertThat(session.identity().loginName()).isEqualTo(org.writer());
        }
    }

    private static ConnectionTarget server(String login) {
        ConnectionTarget embedded = db.as(login);
        return new ConnectionTarget(ConnectionTarget.Mode.SERVER, embedded.jdbcUrl(), embedded.user(), embedded.password());
    }

    private static void ownerExecutes(String sql) throws Exception {
        try (Connection owner = db.rawConnection(db.owner()); Statement s = owner.createStatement()) {
            s.execute(sql);
        }
    }

    private static Connection connect(ConnectionTarget target) {
        try {
            return db.rawConnection(target);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where the embedded server of a data directory keeps its PID file. */
    private static final class EmbeddedServerData {
        static Path postmasterPid(DataDirectory home) {
            return studio.quire.db.EmbeddedServer.dataDirectory(home.home()).resolve("postmaster.pid");
        }
    }
}
