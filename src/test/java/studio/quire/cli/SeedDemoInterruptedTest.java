package studio.quire.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import studio.quire.admin.PeopleRepository;
import studio.quire.admin.Role;
import studio.quire.db.Database;
import studio.quire.db.EmbeddedServer;
import studio.quire.db.EmbeddedSetup;
import studio.quire.db.ServerOutage;
import studio.quire.testsupport.LauncherProcess;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static studio.quire.db.schema.Tables.NODE;
import static studio.quire.db.schema.Tables.PROJECT;

/**
 * seed-demo interrupted halfway, in a real quire.jar process against a server of its own: killed
 * (kill -9), or its server stopped. Either way no half project may stay, and a stopped server is
 * said in one line.
 */
@studio.quire.testsupport.Slow
class SeedDemoInterruptedTest {
    /** "Written 250 of 4,000 sections": some written, more to come. */
    private static final Pattern PROGRESS = Pattern.compile("Written (\\S+) of (\\S+) sections.*");
    private static final String TITLE = "Interrupted seed";

    @TempDir
    Path dir;
    private EmbeddedServer server;
    private Database owner;
    private UUID org;
    private String writer;
    private Process child;

    @BeforeEach
    void server() throws Exception {
        server = EmbeddedServer.start(dir.resolve("server"), TestServer.binariesCache());
        owner = Database.open(EmbeddedSetup.prepare(server), 2);
        PeopleRepository people = new PeopleRepository(owner.dsl());
        org = people.createOrganization("Interrupted");
        writer = TestDatabase.uniqueLogin("seeder");
        people.addPerson(org, writer, "Seeder", Role.WRITER, TestDatabase.passwordOf(writer));
    }

    @AfterEach
    void stop() throws Exception {
        if (child != null && child.isAlive()) {
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        owner.close();
        server.close();
    }

    @Test
    @Timeout(240)
    void seedDemo_killedMidway_leavesNoProjectAndNoNodes() throws Exception {
        child = seed();
        try (BufferedReader err = stderr(child)) {
            awaitMidway(err, new ArrayList<>());
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(owner.dsl().fetchCount(PROJECT, PROJECT.ORG_ID.eq(org))).isZero();
        assertThat(owner.dsl().fetchCount(NODE, NODE.ORG_ID.eq(org))).isZero();
    }

    @Test
    @Timeout(240)
    void seedDemo_serverStoppedMidway_saysSoInOneLineAndLeavesNoProject() throws Exception {
        ServerOutage outage = new ServerOutage(server, TestServer.binariesCache());
        child = seed();
        List<String> lines = new ArrayList<>();
        try (BufferedReader err = stderr(child)) {
            awaitMidway(err, lines);
            int before = lines.size();
            outage.stop();
            for (String line; (line = err.readLine()) != null; ) {
                lines.add(line);
            }
            lines = new ArrayList<>(lines.subList(before, lines.size()));
        }
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

        lines.removeIf(line -> PROGRESS.matcher(line).matches());
        assertThat(lines).singleElement().satisfies(line -> assertThat(line)
                .startsWith("The database stopped answering before the work was done")
                .doesNotContain("Exception", "java.", "org.", "SQL", "insert", "\tat ")
                .hasSizeLessThanOrEqualTo(FailureReport.MAX_LENGTH));
        assertThat(child.exitValue()).isEqualTo(QuireCli.UNREACHABLE);
        assertThat(Files.readString(dir.resolve("cli-home").resolve("logs").resolve("quire.log")))
                .contains("seed-demo failed", "PSQLException");

        outage.start();
        assertThat(owner.dsl().fetchCount(PROJECT, PROJECT.ORG_ID.eq(org))).isZero();
        assertThat(owner.dsl().fetchCount(NODE, NODE.ORG_ID.eq(org))).isZero();
    }

    /** A book big enough (sixteen batches of sections) that there is time to interrupt it. */
    private Process seed() throws IOException {
        return LauncherProcess.builder(env -> {
            env.put("QUIRE_HOME", dir.resolve("cli-home").toString());
            env.put("QUIRE_DB_URL", server.jdbcUrl());
            env.put("QUIRE_DB_USER", writer);
            env.put("QUIRE_DB_PASSWORD", TestDatabase.passwordOf(writer));
        }, "seed-demo", "--words", "2000000", "--sections", "4000", "--seed", "5", "--title", TITLE)
                .redirectOutput(dir.resolve("seed-demo.out").toFile())
                .start();
    }

    private static BufferedReader stderr(Process process) {
        return new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
    }

    /** Reads stderr into {@code lines} until some sections are written and more are still to come. */
    private static void awaitMidway(BufferedReader err, List<String> lines) throws IOException {
        for (String line; (line = err.readLine()) != null; ) {
            lines.add(line);
            Matcher progress = PROGRESS.matcher(line);
            if (progress.matches()) {
                long written = Long.parseLong(progress.group(1).replaceAll("\\D", ""));
                long all = Long.parseLong(progress.group(2).replaceAll("\\D", ""));
                assertThat(written).as("interrupted before the end").isLessThan(all);
                if (written > 0) {
                    return;
                }
            }
        }
        throw new AssertionError("seed-demo ended before writing anything: " + lines);
    }
}
