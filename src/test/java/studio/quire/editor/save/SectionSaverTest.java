package studio.quire.editor.save;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.quire.editor.store.OpenedSection;
import studio.quire.text.RevisionKind;
import studio.quire.editor.store.SaveResult;
import studio.quire.editor.store.SaveStatus;
import studio.quire.editor.store.SectionTextRepository;
import studio.quire.editor.journal.Journal;
import studio.quire.editor.journal.JournalEntry;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;
import studio.quire.testsupport.WritersChapter;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static studio.quire.editor.save.SaveRecorder.await;

/** The save coordinator against the real embedded PostgreSQL and a real journal. */
class SectionSaverTest {
    /** Short pauses so tests run quickly; the rules are the same as with the defaults. */
    static final SaveTimings FAST = new SaveTimings(Duration.ofMillis(200), Duration.ofSeconds(1),
            Duration.ofMillis(100), Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(3),
            Duration.ofSeconds(15));

    private static TestDatabase db;
    private static TestDatabase.Org org;
    private static SectionTextRepository writerTexts;
    private static SectionTextRepository adminTexts;
    private static SectionTextRepository editorTexts;
    private static WritersChapter manuscript;

    @TempDir
    Path dir;
    private final List<AutoCloseable> toClose = new ArrayList<>();
    private UUID section;

    @BeforeAll
    static void organization() {
        db = TestServer.get().newDatabase();
        org = db.createOrg("Saves");
        var writerDsl = db.open(db.as(org.writer())).dsl();
        writerTexts = new SectionTextRepository(writerDsl);
        adminTexts = new SectionTextRepository(db.open(db.as(org.admin())).dsl());
        editorTexts = new SectionTextRepository(db.open(db.as(org.editor())).dsl());
        manuscript = new WritersChapter(db, org, "Saves");
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @BeforeEach
    void newSection() {
        section = manuscript.newSection();
    }

    @AfterEach
    void closeAll() throws Exception {
        for (int i = toClose.size() - 1; i >= 0; i--) {
            toClose.get(i).close();
        }
    }

    private Journal journal(String name) throws IOException {
        Journal journal = Journal.open(dir.resolve(name));
        toClose.add(journal);
        return journal;
    }

    private SectionSaver saver(SectionTextRepository texts, Journal journal, SaveTimings timings, SaveRecorder recorder) {
        SectionSaver saver = new SectionSaver(texts, journal, timings, Clock.systemUTC());
        saver.addListener(recorder);
        toClose.add(saver);
        return saver;
    }

    @Test
    void edited_reachesTheDatabaseWhenTypingPauses_statusSavingThenSavedAndJournalCheckpointed() throws Exception {
        Journal journal = journal("journal");
        SaveRecorder recorder = new SaveRecorder();
        SectionSaver saver = saver(writerTexts, journal, FAST, recorder);
        OpenedSection opened = saver.open(section);
        assertThat(opened.fromJournal()).isFalse();
        assertThat(opened.markdown()).isEmpty();

        saver.edited(section, "It was");
        saver.edited(section, "It was a dark");
        saver.edited(section, "It was a dark and stormy night.\n");

        await(() -> writerTexts.load(section).body().equals("It was a dark and stormy night.\n"), 30);
        recorder.awaitStatus(section, SaveStatus.SAVED);
        assertThat(recorder.statuses(section)).containsSubsequence(SaveStatus.SAVING, SaveStatus.SAVED);
        assertThat(recorder.statuses(section).get(recorder.statuses(section).size() - 1)).isEqualTo(SaveStatus.SAVED);
        await(() -> journal.pending().isEmpty(), 30);
        assertThat(writerTexts.load(section).words()).isEqualTo(7);
    }

    @Test
    void edited_savesAtLeastEveryMaxInterval_whileTypingNeverPauses() throws Exception {
        SaveTimings neverPausing = new SaveTimings(Duration.ofHours(1), Duration.ofMillis(300), Duration.ofMillis(100),
                Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(3), Duration.ofSeconds(15));
        SectionSaver saver = saver(writerTexts, journal("journal"), neverPausing, new SaveRecorder());
        saver.open(section);
        AtomicInteger typed = new AtomicInteger();
        ScheduledExecutorService typist = Executors.newSingleThreadScheduledExecutor();
        try {
            typist.scheduleAtFixedRate(() -> saver.edited(section, "word ".repeat(typed.incrementAndGet())),
                    0, 20, TimeUnit.MILLISECONDS);

            // The pause is an hour: only the longest-interval rule can save while the typist goes on.
            await(() -> writerTexts.load(section).body().startsWith("word word"), 30);
            int whenSaved = typed.get();
            await(() -> typed.get() > whenSaved + 5, 30);
            assertThat(typist.isShutdown()).isFalse();
        } finally {
            typist.shutdownNow();
            assertThat(typist.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void flush_savesAtOnce_andReturnsSaved() throws Exception {
        SaveTimings slow = new SaveTimings(Duration.ofHours(1), Duration.ofHours(1), Duration.ofMillis(100),
                Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(3), Duration.ofSeconds(15));
        Journal journal = journal("journal");
        SectionSaver saver = saver(writerTexts, journal, slow, new SaveRecorder());
        saver.open(section);
        saver.edited(section, "Flushed before the pause.\n");

        assertThat(saver.flush(section)).isEqualTo(SaveStatus.SAVED);
        assertThat(writerTexts.load(section).body()).isEqualTo("Flushed before the pause.\n");
        await(() -> journal.pending().isEmpty(), 30);
    }

    /** The test (c): two clients, two people of one organization, one section. */
    @Test
    void flush_secondClientGetsConflict_firstTextIntactAndSecondKeptAsConflictRevision() throws Exception {
        SaveRecorder first = new SaveRecorder();
        SaveRecorder second = new SaveRecorder();
        SectionSaver writer = saver(writerTexts, journal("writer-computer"), FAST, first);
        Journal adminJournal = journal("admin-computer");
        SectionSaver admin = saver(adminTexts, adminJournal, FAST, second);
        long base = writer.open(section).version();
        assertThat(admin.open(section).version()).isEqualTo(base);

        writer.edited(section, "The writer's text.\n");
        assertThat(writer.flush(section)).isEqualTo(SaveStatus.SAVED);
        admin.edited(section, "The admin's text.\n");
        assertThat(admin.flush(section)).isEqualTo(SaveStatus.CONFLICT);

        await(() -> second.conflicts.size() == 1, 30);
        var conflict = second.conflicts.get(0);
        assertThat(conflict.localMarkdown()).isEqualTo("The admin's text.\n");
        assertThat(conflict.server().body()).isEqualTo("The writer's text.\n");
        assertThat(conflict.server().version()).isEqualTo(base + 1);
        assertThat(writerTexts.load(section).body()).isEqualTo("The writer's text.\n");
        assertThat(writerTexts.revisionBody(conflict.conflictRevisionId())).contains("The admin's text.\n");
        assertThat(writerTexts.revisions(section)).singleElement()
                .satisfies(r -> assertThat(r.kind()).isEqualTo(RevisionKind.CONFLICT));
        second.awaitStatus(section, SaveStatus.CONFLICT);
        await(() -> adminJournal.pending().isEmpty(), 30);
        assertThat(first.conflicts).isEmpty();

        // Once the editor has opened the section again (showing the writer's text), edits save against it.
        assertThat(admin.open(section).markdown()).isEqualTo("The writer's text.\n");
        admin.edited(section, "The writer's text.\nThe admin adds a line.\n");
        assertThat(admin.flush(section)).isEqualTo(SaveStatus.SAVED);
        assertThat(writerTexts.load(section).body()).isEqualTo("The writer's text.\nThe admin adds a line.\n");
    }

    @Test
    void edited_duringALosingSave_isKeptAsASecondConflictRevision_notSavedOverTheServerText() throws Exception {
        SaveRecorder recorder = new SaveRecorder();
        SectionSaver saver = saver(writerTexts, journal("journal"), FAST, recorder);
        long base = saver.open(section).version();
        adminTexts.save(section, base, "The admin's text.\n");
        try (Connection su = db.rawConnection(db.superuser()); Connection watcher = db.rawConnection(db.superuser())) {
            su.setAutoCommit(false);
            try (Statement lock = su.createStatement()) {
                // Holds the save in the database, so the next edit arrives while it is under way.
                lock.execute("lock table quire.node_content in access exclusive mode");
            }
            saver.edited(section, "Mine.\n");
            await(() -> saveIsWaiting(watcher), 30);
            saver.edited(section, "Mine, and more.\n");
            su.commit();
        }

        await(() -> recorder.conflicts.size() == 2, 30);
        assertThat(recorder.conflicts).extracting(c -> c.localMarkdown()).containsExactly("Mine.\n", "Mine, and more.\n");
        assertThat(recorder.conflicts).allSatisfy(c -> assertThat(writerTexts.revisionBody(c.conflictRevisionId()))
                .contains(c.localMarkdown()));
        assertThat(writerTexts.load(section).body()).isEqualTo("The admin's text.\n");
        recorder.awaitStatus(section, SaveStatus.CONFLICT);

        saver.open(section);
        saver.edited(section, "The admin's text.\nMine, merged.\n");
        assertThat(saver.flush(section)).isEqualTo(SaveStatus.SAVED);
        assertThat(writerTexts.load(section).body()).isEqualTo("The admin's text.\nMine, merged.\n");
    }

    @Test
    void edited_afterAConflictBeforeTheEditorReopens_isAConflictRevision_neverSavedOverTheirText() throws Exception {
        SaveRecorder recorder = new SaveRecorder();
        SectionSaver saver = saver(writerTexts, journal("journal"), FAST, recorder);
        long base = saver.open(section).version();
        adminTexts.save(section, base, "The admin's text.\n");
        saver.edited(section, "Mine.\n");
        assertThat(saver.flush(section)).isEqualTo(SaveStatus.CONFLICT);

        // Typed on my text while the editor was still switching to theirs.
        saver.edited(section, "Mine, typed a moment later.\n");
        assertThat(saver.flush(section)).isEqualTo(SaveStatus.CONFLICT);

        assertThat(writerTexts.load(section).body()).isEqualTo("The admin's text.\n");
        await(() -> recorder.conflicts.size() == 2, 30);
        assertThat(writerTexts.revisionBody(recorder.conflicts.get(1).conflictRevisionId()))
                .contains("Mine, typed a moment later.\n");
        assertThat(saver.open(section).markdown()).isEqualTo("The admin's text.\n");
        saver.edited(section, "The admin's text.\nAnd mine after it.\n");
        assertThat(saver.flush(section)).isEqualTo(SaveStatus.SAVED);
        assertThat(writerTexts.load(section).body()).isEqualTo("The admin's text.\nAnd mine after it.\n");
    }

    /** Asked outside the locking transaction, whose view of pg_stat_activity would stay as it was. */
    private static boolean saveIsWaiting(Connection watcher) throws Exception {
        try (Statement s = watcher.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from pg_stat_activity where usename = '" + org.writer()
                     + "' and wait_event_type = 'Lock'")) {
            rs.next();
            return rs.getInt(1) > 0;
        }
    }

    @Test
    void open_returnsJournalTextTheDatabaseLacks_andSavesIt() throws Exception {
        Journal journal = journal("journal");
        long version = writerTexts.load(section).version();
        journal.append(section, version, "Typed before the crash.\n", Instant.now());
        SaveRecorder recorder = new SaveRecorder();
        SectionSaver saver = saver(writerTexts, journal, FAST, recorder);

        OpenedSection opened = saver.open(section);

        assertThat(opened.fromJournal()).isTrue();
        assertThat(opened.markdown()).isEqualTo("Typed before the crash.\n");
        assertThat(opened.words()).isEqualTo(4);
        await(() -> writerTexts.load(section).body().equals("Typed before the crash.\n"), 30);
        recorder.awaitStatus(section, SaveStatus.SAVED);
        await(() -> journal.pending().isEmpty(), 30);
    }

    @Test
    void open_keepsJournalTextAsConflictRevision_whenTheDatabaseMovedOn() throws Exception {
        Journal journal = journal("journal");
        long version = writerTexts.load(section).version();
        journal.append(section, version, "Mine, from the journal.\n", Instant.now());
        assertThat(adminTexts.save(section, version, "Someone else's.\n")).isInstanceOf(SaveResult.Saved.class);
        SaveRecorder recorder = new SaveRecorder();
        SectionSaver saver = saver(writerTexts, journal, FAST, recorder);

        OpenedSection opened = saver.open(section);

        assertThat(opened.fromJournal()).isFalse();
        assertThat(opened.markdown()).isEqualTo("Someone else's.\n");
        assertThat(opened.version()).isEqualTo(version + 1);
        await(() -> recorder.conflicts.size() == 1, 30);
        assertThat(writerTexts.revisionBody(recorder.conflicts.get(0).conflictRevisionId()))
                .contains("Mine, from the journal.\n");
        assertThat(journal.pending()).isEmpty();
        recorder.awaitStatus(section, SaveStatus.CONFLICT);
    }

    @Test
    void replayPending_savesConflictsAndLeavesInvisibleSections() throws Exception {
        Journal journal = journal("journal");
        UUID moved = manuscript.newSection("Moved on");
        UUID elsewhere = UUID.randomUUID();
        journal.append(section, writerTexts.load(section).version(), "Replayed.\n", Instant.now());
        long movedVersion = writerTexts.load(moved).version();
        journal.append(moved, movedVersion, "Mine, replayed.\n", Instant.now());
        adminTexts.save(moved, movedVersion, "Theirs.\n");
        journal.append(elsewhere, 3, "In another database.\n", Instant.now());
        SaveRecorder recorder = new SaveRecorder();
        SectionSaver saver = saver(writerTexts, journal, FAST, recorder);

        ReplaySummary summary = saver.replayPending();

        assertThat(summary).isEqualTo(new ReplaySummary(1, 1, 1));
        assertThat(summary.message()).contains("1 section saved").contains("conflict revision").contains("waiting");
        assertThat(writerTexts.load(section).body()).isEqualTo("Replayed.\n");
        assertThat(writerTexts.load(moved).body()).isEqualTo("Theirs.\n");
        await(() -> recorder.conflicts.size() == 1, 30);
        assertThat(writerTexts.revisionBody(recorder.conflicts.get(0).conflictRevisionId())).contains("Mine, replayed.\n");
        assertThat(journal.pending()).extracting(JournalEntry::sectionId).containsExactly(elsewhere);
        assertThat(saver.replayPending()).isEqualTo(new ReplaySummary(0, 0, 1));
    }

    @Test
    void flush_isRefusedWithTheDatabasesMessage_forAnEditorAndTheTextStaysInTheJournal() throws Exception {
        Journal journal = journal("journal");
        SaveRecorder recorder = new SaveRecorder();
        SectionSaver saver = saver(editorTexts, journal, FAST, recorder);
        saver.open(section);
        saver.edited(section, "An editor may not write here.\n");

        assertThat(saver.flush(section)).isEqualTo(SaveStatus.REFUSED);

        recorder.awaitStatus(section, SaveStatus.REFUSED);
        assertThat(recorder.last(section).detail()).contains("role");
        assertThat(writerTexts.load(section).body()).isEmpty();
        await(() -> journal.pending().stream().anyMatch(e -> e.content().equals("An editor may not write here.\n")), 30);
    }

    @Test
    void open_returnsTheUnsavedText_whenTheSaverStillHoldsIt() throws Exception {
        SaveTimings slow = new SaveTimings(Duration.ofHours(1), Duration.ofHours(1), Duration.ofMillis(100),
                Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(3), Duration.ofSeconds(15));
        SectionSaver saver = saver(writerTexts, journal("journal"), slow, new SaveRecorder());
        saver.open(section);
        saver.edited(section, "Not saved yet.\n");

        OpenedSection again = saver.open(section);

        assertThat(again.markdown()).isEqualTo("Not saved yet.\n");
        assertThat(writerTexts.load(section).body()).isEmpty();
    }

    @Test
    void close_savesWhatIsPending() throws Exception {
        SaveTimings slow = new SaveTimings(Duration.ofHours(1), Duration.ofHours(1), Duration.ofMillis(100),
                Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(3), Duration.ofSeconds(15));
        Journal journal = journal("journal");
        SectionSaver saver = new SectionSaver(writerTexts, journal, slow, Clock.systemUTC());
        saver.open(section);
        saver.edited(section, "Saved on close.\n");

        saver.close();

        assertThat(writerTexts.load(section).body()).isEqualTo("Saved on close.\n");
        assertThat(journal.pending()).isEmpty();
    }
}
