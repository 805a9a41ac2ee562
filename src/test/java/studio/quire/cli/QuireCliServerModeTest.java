package studio.quire.cli;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static studio.quire.db.schema.Tables.NODE;
import static studio.quire.db.schema.Tables.NODE_CONTENT;
import static studio.quire.db.schema.Tables.PROJECT;

/** The commands against a server named by QUIRE_DB_URL (a test database on the embedded server). */
class QuireCliServerModeTest {
    private static TestDatabase db;
    private static TestDatabase.Org org;
    private static Path home;

    @BeforeAll
    static void server() throws Exception {
        db = TestServer.get().newDatabase();
        org = db.createOrg("Cli Org");
        home = Files.createDirectories(TestServer.root().resolve("cli-home-" + ProcessHandle.current().pid()));
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    private static Map<String, String> as(String login, String password) {
        Map<String, String> env = new HashMap<>();
        env.put("QUIRE_HOME", home.toString());
        env.put("QUIRE_DB_URL", db.owner().jdbcUrl());
        env.put("QUIRE_DB_USER", login);
        env.put("QUIRE_DB_PASSWORD", password);
        return env;
    }

    private static Map<String, String> as(String login) {
        return as(login, TestDatabase.passwordOf(login));
    }

    @Test
    void run_badUsage_exitsTwoWithAMessage() {
        assertThat(CliRun.run(as(org.admin()), "no-such-command").exitCode()).isEqualTo(2);
        CliRun missingRole = CliRun.run(as(org.admin()), "people", "add", "someone", "--name", "Some One");
        assertThat(missingRole.exitCode()).isEqualTo(2);
        assertThat(missingRole.err()).contains("--role");
        assertThat(CliRun.run(as(org.admin()), "people", "add", "someone", "--name", "S", "--role", "boss").exitCode())
                .isEqualTo(2);
        assertThat(CliRun.run(as(org.admin()), "people").exitCode()).isEqualTo(2);
        assertThat(CliRun.run(as(org.admin()), "seed-demo", "--words", "5", "--sections", "9", "--seed", "1").exitCode())
                .isEqualTo(2);
        assertThat(CliRun.run(as(org.admin()), "bench", "--suite", "nope").exitCode()).isEqualTo(2);
    }

    @Test
    void seedDemo_numberOutOfRange_saysTheRangeInOneLine() {
        CliRun huge = CliRun.run(as(org.writer()), "seed-demo", "--words", "99999999999", "--sections", "10", "--seed", "1");
        CliRun word = CliRun.run(as(org.writer()), "seed-demo", "--words", "many", "--sections", "10", "--seed", "1");
        CliRun seed = CliRun.run(as(org.writer()), "seed-demo", "--words", "100", "--sections", "10", "--seed", "x");

        assertThat(huge.exitCode()).isEqualTo(QuireCli.USAGE);
        assertThat(huge.err()).isEqualTo("--words must be a whole number between 1 and 5,000,000. "
                + "See quire seed-demo --help." + System.lineSeparator());
        assertThat(word.err()).startsWith("--words must be a whole number between 1 and 5,000,000.");
        assertThat(seed.err().strip()).isEqualTo("--seed must be a whole number. See quire seed-demo --help.");
    }

    @Test
    void dbInfo_malformedServerAddress_saysWhatTheAddressLooksLike() {
        Map<String, String> env = as(org.admin());
        env.put("QUIRE_DB_URL", "not a url");

        CliRun info = CliRun.run(env, "db-info");

        assertThat(info.exitCode()).isEqualTo(QuireCli.USAGE);
        assertThat(info.err().strip())
                .isEqualTo("QUIRE_DB_URL is not a PostgreSQL JDBC address (jdbc:postgresql://host:port/database).");
    }

    @Test
    void dbInfo_serverNotListening_failsInOneLineWithTheTryAgainCode() throws Exception {
        Map<String, String> env = as(org.admin());
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            env.put("QUIRE_DB_URL", "jdbc:postgresql://127.0.0.1:" + free.getLocalPort() + "/quire");
        }

        CliRun info = CliRun.run(env, "db-info");

        assertThat(info.exitCode()).isEqualTo(QuireCli.UNREACHABLE);
        assertThat(info.err().strip()).startsWith("The database server is not reachable at 127.0.0.1:")
                .doesNotContain("\n", "Exception");
    }

    @Test
    void run_help_describesEveryCommand() {
        CliRun help = CliRun.run(Map.of(), "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("db-info", "migrate", "people", "seed-demo", "bench");
        CliRun peopleAddHelp = CliRun.run(Map.of(), "people", "add", "--help");
        assertThat(peopleAddHelp.exitCode()).isZero();
        assertThat(peopleAddHelp.out()).contains("--password-stdin", "--role", "--org");
    }

    @Test
    void dbInfo_asPerson_showsServerSchemaAndPersonWithoutPassword() {
        CliRun info = CliRun.run(as(org.admin()), "db-info");

        assertThat(info.exitCode()).as(info.err()).isZero();
        assertThat(info.out()).contains("Mode:              Server", "PostgreSQL 18", "Schema version:    " + CliRun.LATEST + " (this Quire knows " + CliRun.LATEST + ")",
                org.admin(), "Cli Org (Admin)", db.name(), home.toString());
        assertThat(info.out()).doesNotContain(TestDatabase.passwordOf(org.admin()));
    }

    @Test
    void dbInfo_asRoleThatIsNoPerson_saysSoInsteadOfFailing() {
        CliRun info = CliRun.run(as("quire_owner", db.owner().password()), "db-info");

        assertThat(info.exitCode()).as(info.err()).isZero();
        assertThat(info.out()).contains("quire_owner (not a Quire person)", "Schema version:    " + CliRun.LATEST);
    }

    @Test
    void dbInfo_wrongPassword_failsWithTheUsersMessage() {
        CliRun info = CliRun.run(as(org.admin(), "wrong"), "db-info");

        assertThat(info.exitCode()).isEqualTo(1);
        assertThat(info.err().strip()).startsWith("Wrong user name or password").doesNotContain("\n", "Exception");
    }

    @Test
    void migrate_asOwner_reportsNothingToDoAndTheVersion() {
        CliRun migrate = CliRun.run(as("quire_owner", db.owner().password()), "migrate");

        assertThat(migrate.exitCode()).as(migrate.err()).isZero();
        assertThat(migrate.out()).contains("Applied 0 migrations.", "Schema version " + CliRun.LATEST + " (this Quire knows " + CliRun.LATEST + ").");
    }

    @Test
    void people_addListRoleDeactivate_asAdmin() {
        String login = TestDatabase.uniqueLogin("newbie");
        CliRun add = CliRun.withStdin(as(org.admin()), "s3cret-pw\n", "people", "add", login, "--name", "New Bie",
                "--role", "writer", "--password-stdin");
        assertThat(add.exitCode()).as(add.err()).isZero();
        assertThat(add.out()).contains("Added New Bie (" + login + ") to Cli Org as writer.").doesNotContain("s3cret-pw");

        assertThat(CliRun.run(as(login, "s3cret-pw"), "db-info").out()).contains("New Bie", "Cli Org (Writer)");

        CliRun list = CliRun.run(as(org.admin()), "people", "list", "--org", "cli org");
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).containsPattern("(?m)^LOGIN\\s+NAME\\s+ROLE\\s+ACTIVE$")
                .containsPattern("(?m)^" + login + "\\s+New Bie\\s+writer\\s+yes$");

        assertThat(CliRun.run(as(org.admin()), "people", "role", login, "EDITOR").exitCode()).isZero();
        assertThat(CliRun.run(as(org.admin()), "people", "deactivate", login).exitCode()).isZero();
        assertThat(CliRun.run(as(org.admin()), "people", "list").out())
                .containsPattern("(?m)^" + login + "\\s+New Bie\\s+editor\\s+no$");
    }

    @Test
    void peopleAdd_asTheOwnerOfANewServer_createsTheOrganizationAndItsFirstAdmin() {
        try (TestDatabase fresh = TestServer.get().newDatabase()) {
            Map<String, String> owner = new HashMap<>(as("quire_owner", db.owner().password()));
            owner.put("QUIRE_DB_URL", fresh.owner().jdbcUrl());
            String login = TestDatabase.uniqueLogin("first_admin");

            CliRun noOrg = CliRun.run(owner, "people", "add", login, "--name", "First Admin", "--role", "admin");
            assertThat(noOrg.exitCode()).isEqualTo(1);
            assertThat(noOrg.err()).contains("--org");

            CliRun add = CliRun.withStdin(owner, "first-pw\n", "people", "add", login, "--name", "First Admin",
                    "--role", "admin", "--org", "Acme Press", "--password-stdin");
            assertThat(add.exitCode()).as(add.err()).isZero();
            assertThat(add.out()).contains("Created the organization Acme Press.", "Added First Admin (" + login + ")");

            Map<String, String> admin = new HashMap<>(owner);
            admin.put("QUIRE_DB_USER", login);
            admin.put("QUIRE_DB_PASSWORD", "first-pw");
            CliRun list = CliRun.run(admin, "people", "list");
            assertThat(list.exitCode()).as(list.err()).isZero();
            assertThat(list.out()).containsPattern("(?m)^" + login + "\\s+First Admin\\s+admin\\s+yes$");
        }
    }

    @Test
    void people_addWithoutStdinPassword_printsTheGeneratedOneOnce() {
        String login = TestDatabase.uniqueLogin("gen");
        CliRun add = CliRun.run(as(org.admin()), "people", "add", login, "--name", "Gen Erated", "--role", "consultant");

        assertThat(add.exitCode()).as(add.err()).isZero();
        String password = add.out().replaceAll("(?s).*shown only once\\): (\\S+).*", "$1");
        assertThat(CliRun.run(as(login, password), "db-info").out()).contains("Cli Org (Consultant)");
    }

    @Test
    void people_asWriter_isRefusedByTheDatabase() {
        CliRun add = CliRun.run(as(org.writer()), "people", "add", TestDatabase.uniqueLogin("nope"), "--name", "No",
                "--role", "admin");
        CliRun role = CliRun.run(as(org.writer()), "people", "role", org.editor(), "admin");

        assertThat(add.exitCode()).isEqualTo(1);
        assertThat(add.err().strip()).isEqualTo("Only an admin of this organization can manage its people");
        assertThat(role.exitCode()).isEqualTo(1);
        assertThat(role.err()).contains("Only an admin");
    }

    @Test
    void people_unknownOrganization_failsClearly() {
        CliRun list = CliRun.run(as(org.admin()), "people", "list", "--org", "Elsewhere");

        assertThat(list.exitCode()).isEqualTo(1);
        assertThat(list.err()).contains("not a member of an organization named “Elsewhere”");
    }

    @Test
    void seedDemo_asWriter_createsTheBookWithExactCounts() {
        CliRun seed = CliRun.run(as(org.writer()), "seed-demo", "--words", "5000", "--sections", "20", "--seed", "7",
                "--title", "Seeded by the CLI");

        assertThat(seed.exitCode()).as(seed.err()).isZero();
        assertThat(seed.err()).contains("Written 20 of 20 sections (5,000 words)");
        DSLContext owner = db.openOwner().dsl();
        UUID project = owner.select(PROJECT.ID).from(PROJECT).where(PROJECT.TITLE.eq("Seeded by the CLI"))
                .fetchOne(PROJECT.ID);
        assertThat(owner.fetchCount(NODE, NODE.PROJECT_ID.eq(project).and(NODE.KIND.eq("section")))).isEqualTo(20);
        assertThat(owner.select(DSL.sum(NODE_CONTENT.WORD_COUNT)).from(NODE_CONTENT).join(NODE)
                .on(NODE.ID.eq(NODE_CONTENT.NODE_ID)).where(NODE.PROJECT_ID.eq(project)).fetchOne(0, Integer.class))
                .isEqualTo(5000);
    }

    @Test
    void seedDemo_asEditor_isRefused() {
        CliRun seed = CliRun.run(as(org.editor()), "seed-demo", "--words", "100", "--sections", "2", "--seed", "1");

        assertThat(seed.exitCode()).isEqualTo(1);
        assertThat(seed.err()).contains("You do not have the role needed for this change in this organization.");
    }
}
