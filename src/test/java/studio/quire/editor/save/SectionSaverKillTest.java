package studio.quire.editor.save;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import studio.quire.db.ConnectionTarget;
import studio.quire.editor.store.OpenedSection;
import studio.quire.editor.store.SaveStatus;
import studio.quire.editor.store.SectionTextRepository;
import studio.quire.editor.journal.Journal;
import studio.quire.manuscript.ManuscriptTreeRepository;
import studio.quire.manuscript.NodeKind;
import studio.quire.project.ProjectKind;
import studio.quire.project.ProjectRepository;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A writer's process is killed ({@code kill -9}) while typing: a new session on the same journal
 * must show every word typed more than a second before the kill, and save it.
 */
@studio.quire.testsupport.Slow
class SectionSaverKillTest {
    /** About three seconds of typing: killed before the first database save (5 s), so only the journal has it. */
    private static final int WORDS_BEFORE_KILL = 150;

    private static TestDatabase db;
    private static TestDatabase.Org org;
    private static SectionTextRepository texts;
    private static UUID section;

    @TempDir
    Path dir;
    private Process child;

    @BeforeAll
    static void section() {
        db = TestServer.get().newDatabase();
        org = db.createOrg("Killed");
        var dsl = db.open(db.as(org.writer())).dsl();
        texts = new SectionTextRepository(dsl);
        ManuscriptTreeRepository tree = new ManuscriptTreeRepository(dsl);
        UUID project = new ProjectRepository(dsl).create(org.id(), ProjectKind.BOOK, "Killed", "", null, null).id();
        UUID book = tree.create(project, null, NodeKind.BOOK, "Book").id();
        UUID chapter = tree.create(project, book, NodeKind.CHAPTER, "Chapter").id();
        section = tree.create(project, chapter, NodeKind.SECTION, "Section").id();
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @AfterEach
    void stopChild() throws InterruptedException {
        if (child != null && child.isAlive()) {
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    @Timeout(180)
    void open_afterTheWritersProcessWasKilled_hasEveryWordTypedMoreThanASecondBefore() throws Exception {
        Path journalDir = dir.resolve("journal");
        ConnectionTarget writer = db.as(org.writer());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        child = new ProcessBuilder(java, "-Xmx256m", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true",
                "-cp", System.getProperty("java.class.path"), SectionSaverKillChild.class.getName(),
                writer.jdbcUrl(), writer.user(), writer.password(), section.toString(), journalDir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<long[]> typed = new ArrayList<>();
        long killedAt;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (typed.size() < WORDS_BEFORE_KILL && (line = out.readLine()) != null) {
                typed(line, typed);
            }
            killedAt = System.currentTimeMillis();
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(typed).hasSizeGreaterThanOrEqualTo(WORDS_BEFORE_KILL);
        int mustSurvive = typed.stream().filter(t -> t[1] < killedAt - 1000).mapToInt(t -> (int) t[0]).max().orElse(0);
        assertThat(mustSurvive).isGreaterThan(WORDS_BEFORE_KILL / 2);

        try (Journal journal = Journal.open(journalDir);
             SectionSaver saver = new SectionSaver(texts, journal)) {
            OpenedSection opened = saver.open(section);

            assertThat(opened.markdown()).startsWith(SectionSaverKillChild.textFor(mustSurvive));
            assertThat(saver.flush(section)).isEqualTo(SaveStatus.SAVED);
            assertThat(texts.load(section).body()).startsWith(SectionSaverKillChild.textFor(mustSurvive).stripTrailing());
        }
    }

    private static void typed(String line, List<long[]> typed) {
        if (line.startsWith(SectionSaverKillChild.TYPED)) {
            String[] parts = line.substring(SectionSaverKillChild.TYPED.length()).split(" ");
            typed.add(new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])});
        }
    }
}
