package studio.quire.editor.save;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import studio.quire.admin.PeopleRepository;
import studio.quire.admin.Role;
import studio.quire.db.ConnectionTarget;
import studio.quire.db.Database;
import studio.quire.db.EmbeddedServer;
import studio.quire.db.EmbeddedSetup;
import studio.quire.db.ServerOutage;
import studio.quire.editor.store.SaveStatus;
import studio.quire.editor.store.SectionTextRepository;
import studio.quire.editor.journal.Journal;
import studio.quire.manuscript.ManuscriptTreeRepository;
import studio.quire.manuscript.NodeKind;
import studio.quire.project.ProjectKind;
import studio.quire.project.ProjectRepository;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static studio.quire.editor.save.SaveRecorder.await;

/**
 * The test (b): the server stops mid-session. Its own embedded server (the shared test
 * server must stay up for other tests), stopped and started again on the same data and port.
 */
@studio.quire.testsupport.Slow
class SectionSaverOutageTest {
    private static final SaveTimings FAST_RETRIES = new SaveTimings(Duration.ofMillis(200), Duration.ofSeconds(1),
            Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofSeconds(1), Duration.ofSeconds(2),
            Duration.ofSeconds(15));

    @TempDir
    Path dir;
    private final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = toClose.size() - 1; i >= 0; i--) {
            toClose.get(i).close();
        }
    }

    private <T extends AutoCloseable> T closing(T resource) {
        toClose.add(resource);
        return resource;
    }

    @Test
    @Timeout(240)
    void edited_whileTheServerIsDown_isSavedLocallyThenReachesTheDatabaseWhenItIsBack() throws Exception {
        EmbeddedServer server = closing(EmbeddedServer.start(dir.resolve("home"), TestServer.binariesCache()));
        ServerOutage outage = new ServerOutage(server, TestServer.binariesCache());
        ConnectionTarget owner = EmbeddedSetup.prepare(server);
        Database ownerDb = closing(Database.open(owner, 2));
        PeopleRepository people = new PeopleRepository(ownerDb.dsl());
        UUID org = people.createOrganization("Outage");
        String login = TestDatabase.uniqueLogin("writer");
        people.addPerson(org, login, "Writer", Role.WRITER, TestDatabase.passwordOf(login));
        Database writerDb = closing(Database.open(server.target(login, TestDatabase.passwordOf(login)), 3));
        SectionTextRepository texts = new SectionTextRepository(writerDb.dsl());
        ManuscriptTreeRepository tree = new ManuscriptTreeRepository(writerDb.dsl());
        UUID project = new ProjectRepository(writerDb.dsl()).create(org, ProjectKind.BOOK, "Outage", "", null, null).id();
        UUID book = tree.create(project, null, NodeKind.BOOK, "Book").id();
        UUID chapter = tree.create(project, book, NodeKind.CHAPTER, "Chapter").id();
        UUID section = tree.create(project, chapter, NodeKind.SECTION, "Section").id();
        Journal journal = closing(Journal.open(dir.resolve("journal")));
        SaveRecorder recorder = new SaveRecorder();
        SectionSaver saver = closing(new SectionSaver(texts, journal, FAST_RETRIES, Clock.systemUTC()));
        saver.addListener(recorder);
        saver.open(section);
        saver.edited(section, "Before the outage.\n");
        assertThat(saver.flush(section)).isEqualTo(SaveStatus.SAVED);

        outage.stop();
        saver.edited(section, "Before the outage.\nDuring");
        saver.edited(section, "Before the outage.\nDuring the outage.\n");

        // First "no answer yet" (the pool waits for a connection), then "can't be reached" when it gives up.
        recorder.awaitStatus(section, SaveStatus.SAVED_LOCALLY);
        await(() -> recorder.last(section).detail().contains("can't be reached"), 60);
        assertThat(recorder.lastStatus(section)).isEqualTo(SaveStatus.SAVED_LOCALLY);
        assertThat(recorder.last(section).detail()).contains("safe on this computer");
        assertThat(journal.pending()).singleElement()
                .satisfies(e -> assertThat(e.content()).isEqualTo("Before the outage.\nDuring the outage.\n"));
        saver.edited(section, "Before the outage.\nDuring the outage.\nStill typing.\n");
        await(() -> journal.pending().stream()
                .anyMatch(e -> e.content().equals("Before the outage.\nDuring the outage.\nStill typing.\n")), 30);

        outage.start();

        recorder.awaitStatus(section, SaveStatus.SAVED);
        assertThat(texts.load(section).body()).isEqualTo("Before the outage.\nDuring the outage.\nStill typing.\n");
        await(() -> journal.pending().isEmpty(), 30);
    }
}
