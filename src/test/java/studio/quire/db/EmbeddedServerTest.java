package studio.quire.db;

import org.junit.jupiter.api.Test;
import studio.quire.testsupport.TestServer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded server as a user's data store: durable, closed to other OS users, reused across
 * runs, held by one Quire at a time, and adopted after a crash. Each test has a fresh home.
 */
@studio.quire.testsupport.Slow
class EmbeddedServerTest {
    private static final AtomicInteger HOMES = new AtomicInteger();

    private static Path freshHome() throws IOException {
        Path homes = Files.createDirectories(TestServer.root().resolve("homes"));
        return homes.resolve("home-" + ProcessHandle.current().pid() + "-" + System.nanoTime() + "-" + HOMES.incrementAndGet());
    }

    private static EmbeddedServer start(Path home) throws DatabaseUnavailableException {
        return EmbeddedServer.start(home, TestServer.binariesCache());
    }

    @Test
    void start_makesEveryCommitDurable_freshHome() throws Exception {
        try (EmbeddedServer server = start(freshHome()); Connection su = superuser(server)) {
            assertThat(single(su, "show fsync")).isEqualTo("on");
            assertThat(single(su, "show synchronous_commit")).isEqualTo("on");
            assertThat(single(su, "show full_page_writes")).isEqualTo("on");
        }
    }

    @Test
    void start_allowsNoTrustAndNoUnixSocket_freshHome() throws Exception {
        try (EmbeddedServer server = start(freshHome()); Connection su = superuser(server)) {
            assertThat(single(su, "select count(*) from pg_hba_file_rules where auth_method = 'trust'")).isEqualTo("0");
            assertThat(single(su, "select count(*) from pg_hba_file_rules where error is not null")).isEqualTo("0");
            assertThat(single(su, "select count(*) from pg_hba_file_rules where type = 'local'")).isEqualTo("0");
            assertThat(single(su, "show unix_socket_directories")).isEmpty();
            assertThat(single(su, "show listen_addresses")).isEqualTo("127.0.0.1");
            assertThatThrownBy(() -> DriverManager.getConnection(server.superuser().jdbcUrl(), LocalCredentials.SUPERUSER,
                    "not-the-password")).isInstanceOfSatisfying(SQLException.class,
                    e -> assertThat(e.getSQLState()).isEqualTo("28P01"));
        }
    }

    @Test
    void start_keepsCredentialsAndDataOwnerOnly_freshHome() throws Exception {
        Path home = freshHome();
        try (EmbeddedServer ignored = start(home)) {
            assertThat(permissions(home)).isEqualTo("rwx------");
            assertThat(permissions(EmbeddedServer.dataDirectory(home))).isEqualTo("rwx------");
            assertThat(permissions(home.resolve("logs"))).isEqualTo("rwx------");
            assertThat(permissions(home.resolve("credentials.properties"))).isEqualTo("rw-------");
            assertThat(Files.readString(home.resolve("credentials.properties"))).contains("role.postgres=");
            assertThat(home.resolve("initdb.pw")).doesNotExist();
        }
    }

    @Test
    void start_reusesTheClusterAndItsData_afterStopAndRestart() throws Exception {
        Path home = freshHome();
        try (EmbeddedServer server = start(home); Connection su = superuser(server); Statement s = su.createStatement()) {
            s.execute("create table kept (words text)");
            s.execute("insert into kept values ('still here')");
        }
        assertThat(EmbeddedServer.dataDirectory(home).resolve("postmaster.pid")).doesNotExist();
        try (EmbeddedServer again = start(home); Connection su = superuser(again)) {
            assertThat(single(su, "select words from kept")).isEqualTo("still here");
        }
    }

    @Test
    void start_isRefusedWithTheDataDirectoryNamed_whenAnotherProcessOrThisOneHoldsIt() throws Exception {
        Path home = freshHome();
        try (EmbeddedServer first = start(home)) {
            String fromOtherProcess = runChild("try-start", home).await(EmbeddedServerChild.REFUSED);
            assertThat(fromOtherProcess).contains("already running").contains(home.toString())
                    .contains("process " + ProcessHandle.current().pid());

            assertThatThrownBy(() -> start(home))
                    .isInstanceOf(QuireAlreadyRunningException.class)
                    .hasMessageContaining("already running")
                    .hasMessageContaining(home.toString());

            // The refused attempt in this JVM must not have loosened the hold on the directory.
            assertThat(runChild("try-start", home).await(EmbeddedServerChild.REFUSED)).contains(home.toString());
            try (Connection su = superuser(first)) {
                assertThat(single(su, "select 1")).isEqualTo("1");
            }
        }
    }

    @Test
    void start_ignoresAStalePostmasterPid_whenItsProcessIsGone() throws Exception {
        Path home = freshHome();
        start(home).close();
        Process gone = new ProcessBuilder("true").start();
        assertThat(gone.waitFor(30, TimeUnit.SECONDS)).isTrue();
        Path data = EmbeddedServer.dataDirectory(home);
        Files.writeString(data.resolve("postmaster.pid"), gone.pid() + "\n" + data + "\n1700000000\n5432\n\n127.0.0.1\n"
                + "  5432001         0\nready   \n");

        try (EmbeddedServer server = start(home); Connection su = superuser(server)) {
            assertThat(single(su, "select 1")).isEqualTo("1");
            assertThat(RunningPostmaster.read(data)).hasValueSatisfying(p -> assertThat(p.pid()).isNotEqualTo(gone.pid()));
        }
    }

    @Test
    void start_adoptsTheServerOfAKilledApp_onTheSamePortWithDataIntact() throws Exception {
        Path home = freshHome();
        try (EmbeddedServer server = start(home); Connection su = superuser(server); Statement s = su.createStatement()) {
            s.execute("create table kept (words text)");
            s.execute("insert into kept values ('survives the crash')");
        }
        Child crashing = runChild("hold", home);
        int port = Integer.parseInt(crashing.await(EmbeddedServerChild.STARTED).strip());
        crashing.process.destroyForcibly();
        assertThat(crashing.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        Path data = EmbeddedServer.dataDirectory(home);
        RunningPostmaster orphan = RunningPostmaster.read(data).orElseThrow();
        assertThat(orphan.isAlive()).as("postgres outlives the killed app").isTrue();

        try (EmbeddedServer adopted = start(home)) {
            assertThat(adopted.port()).isEqualTo(port);
            assertThat(adopted.isManagedHere()).isTrue();
            try (Connection su = superuser(adopted)) {
                assertThat(single(su, "select words from kept")).isEqualTo("survives the crash");
                assertThat(single(su, "select pg_backend_pid() > 0")).isEqualTo("t");
            }
        }
        assertThat(data.resolve("postmaster.pid")).doesNotExist();
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                LocalCredentials.SUPERUSER, "x")).as("the adopted server is stopped")
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("08001"));
    }

    @Test
    void attachOrStart_usesTheRunningServerWithoutStoppingIt_whenTheStudioHoldsIt() throws Exception {
        Path home = freshHome();
        try (EmbeddedServer studio = start(home)) {
            try (EmbeddedServer cli = EmbeddedServer.attachOrStart(home, TestServer.binariesCache())) {
                assertThat(cli.isManagedHere()).isFalse();
                assertThat(cli.port()).isEqualTo(studio.port());
                try (Connection su = superuser(cli)) {
                    assertThat(single(su, "select 1")).isEqualTo("1");
                }
            }
            try (Connection su = superuser(studio)) {
                assertThat(single(su, "select 'still running'")).isEqualTo("still running");
            }
            assertThat(runChild("try-start", home).await(EmbeddedServerChild.REFUSED)).contains(home.toString());
        }
    }

    @Test
    void attachOrStart_startsAndStopsTheServer_whenNoStudioRuns() throws Exception {
        Path home = freshHome();
        try (EmbeddedServer cli = EmbeddedServer.attachOrStart(home, TestServer.binariesCache())) {
            assertThat(cli.isManagedHere()).isTrue();
        }
        assertThat(EmbeddedServer.dataDirectory(home).resolve("postmaster.pid")).doesNotExist();
    }

    private static Connection superuser(EmbeddedServer server) throws Exception {
        ConnectionTarget su = server.superuser();
        return DriverManager.getConnection(su.jdbcUrl(), su.user(), su.password());
    }

    private static String single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    /** Another JVM running {@link EmbeddedServerChild}, as a second Quire would. */
    private static Child runChild(String mode, Path home) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dorg.jooq.no-logo=true", EmbeddedServerChild.class.getName(), mode, home.toString(),
                TestServer.binariesCache().toString())).redirectErrorStream(true).start();
        return new Child(process);
    }

    private record Child(Process process) {
        /** The rest of the first output line that starts with the marker; fails on exit or timeout. */
        String await(String marker) throws Exception {
            StringBuilder seen = new StringBuilder();
            CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
                try {
                    BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                    for (String l = out.readLine(); l != null; l = out.readLine()) {
                        if (l.startsWith(EmbeddedServerChild.STARTED) || l.startsWith(EmbeddedServerChild.REFUSED)) {
                            return l;
                        }
                        seen.append(l).append('\n');
                    }
                    return "(the child exited without an answer)";
                } catch (IOException e) {
                    return "(reading the child failed: " + e + ")";
                }
            });
            try {
                String answer = line.get(90, TimeUnit.SECONDS);
                assertThat(answer).as("child output:%n%s", seen).startsWith(marker);
                return answer.substring(marker.length());
            } finally {
                if (!marker.equals(EmbeddedServerChild.STARTED)) {
                    process.waitFor(30, TimeUnit.SECONDS);
                    process.destroyForcibly();
                }
            }
        }
    }
}
