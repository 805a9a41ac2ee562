package studio.quire.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.quire.db.LocalCredentials;
import studio.quire.db.PostgresBinaries;
import studio.quire.testsupport.TestServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The commands on the embedded server of a data home of their own. Each command starts and
 * stops that server (about two seconds), so this class runs only a few of them, in one test.
 */
@studio.quire.testsupport.Slow
class QuireCliEmbeddedTest {
    private static Map<String, String> env;
    private static Path home;

    @BeforeAll
    static void home() throws Exception {
        home = TestServer.root().resolve("cli-embedded-" + ProcessHandle.current().pid());
        Files.createDirectories(home);
        // Share the unpacked PostgreSQL programs of the test servers instead of unpacking again.
        PostgresBinaries.ensureUnpacked(TestServer.binariesCache());
        if (!Files.exists(home.resolve("runtime"), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Files.createSymbolicLink(home.resolve("runtime"), TestServer.binariesCache().toAbsolutePath());
        }
        env = Map.of("QUIRE_HOME", home.toString());
    }

    @Test
    void migrateDbInfoAndPeopleAdd_onTheEmbeddedServer() throws Exception {
        CliRun migrate = CliRun.run(env, "migrate");
        assertThat(migrate.exitCode()).as(migrate.err()).isZero();
        assertThat(migrate.out()).contains("Created the embedded database in " + home, "Schema version " + CliRun.LATEST);

        CliRun again = CliRun.run(env, "migrate");
        assertThat(again.out()).contains("Applied 0 migrations.");

        CliRun info = CliRun.run(env, "db-info");
        assertThat(info.exitCode()).as(info.err()).isZero();
        assertThat(info.out()).contains("Mode:              Embedded", "Data directory:    " + home,
                "jdbc:postgresql://127.0.0.1:", "Schema version:    " + CliRun.LATEST + " (this Quire knows " + CliRun.LATEST + ")",
                "Organization:      Demo organisation (Admin)");

        CliRun add = CliRun.run(env, "people", "add", "wren_two", "--name", "Wren Two", "--role", "writer");
        assertThat(add.exitCode()).as(add.err()).isZero();
        assertThat(add.out()).contains("Added Wren Two (wren_two) to Demo organisation as writer.")
                .doesNotContain("Password");
        assertThat(LocalCredentials.load(home.resolve("credentials.properties")).password("wren_two")).isPresent();
    }
}
