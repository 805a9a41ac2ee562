package studio.quire.editor.revision;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import studio.quire.text.RevisionKind;
import studio.quire.editor.store.SaveStatus;
import studio.quire.editor.WritingSession;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;
import studio.quire.ui.SameThreadTaskExecutor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AutomaticRevisionsTest {
    private static final Instant T = Instant.parse("2026-11-20T09:00:00Z");
    private static TestDatabase db;
    private static RevisionFixture f;
    private final RecordingStore store = new RecordingStore();
    private final List<WritingSession> sessions = new ArrayList<>();
    private final List<UUID> changedSections = new ArrayList<>();
    private RevisionRepository repository;
    private AutomaticRevisions automatic;
    private UUID section;

    @BeforeAll
    static void database() {
        db = TestServer.get().newDatabase();
        f = new RevisionFixture(db, "Automatic");
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @BeforeEach
    void setUp() {
        repository = new RevisionRepository(f.writerDsl);
        automatic = new AutomaticRevisions(store, repository, new SameThreadTaskExecutor(), sessions::add);
        automatic.addRevisionListener(changedSections::add);
        section = f.newSection();
    }

    private WritingSessionEnd end(String before, String after) {
        return new WritingSessionEnd(f.project, section, T, T.plusSeconds(300), before, after,
                WritingSessionEnd.Reason.SWITCHED_AWAY);
    }

    @Test
    void accept_flushesKeepsAnAutomaticRevision_andHandsTheSessionOn() {
        f.save(section, "A dark and stormy night.\n");

        automatic.accept(end("A dark night.\n", "A dark and stormy night.\n"));

        assertThat(store.flushed).containsExactly(section);
        assertThat(repository.list(section)).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(RevisionKind.AUTOMATIC);
            assertThat(r.words()).isEqualTo(5);
        });
        assertThat(repository.body(repository.list(section).get(0).id())).contains("A dark and stormy night.\n");
        assertThat(sessions).containsExactly(new WritingSession(f.project, section, T, T.plusSeconds(300), 2, 0));
        assertThat(changedSections).containsExactly(section);
    }

    @Test
    void accept_whenTheTextIsAlreadyKept_keepsNoSecondRevision_butRecordsTheSession() {
        f.save(section, "Same.\n");
        automatic.accept(end("", "Same.\n"));
        changedSections.clear();

        automatic.accept(end("Same.\n", "Same, more.\n"));

        assertThat(repository.list(section)).hasSize(1);
        assertThat(sessions).hasSize(2);
        assertThat(changedSections).isEmpty();
    }

    @Test
    void accept_whenTheStoreCouldNotSave_keepsNoRevision_butRecordsTheSession() {
        f.save(section, "Older text in the database.\n");
        store.status = SaveStatus.SAVED_LOCALLY;

        automatic.accept(end("", "Newer text on this computer.\n"));

        assertThat(repository.list(section)).isEmpty();
        assertThat(sessions).singleElement().satisfies(s -> assertThat(s.wordsAdded()).isEqualTo(5));
    }

    @Test
    void accept_forAnEditor_recordsTheSession_withoutARevision() {
        RevisionRepository editor = new RevisionRepository(f.editorDsl);
        f.save(section, "Text.\n");
        new AutomaticRevisions(store, editor, new SameThreadTaskExecutor(), sessions::add).accept(end("", "Text.\n"));

        assertThat(repository.list(section)).isEmpty();
        assertThat(sessions).hasSize(1);
    }
}
