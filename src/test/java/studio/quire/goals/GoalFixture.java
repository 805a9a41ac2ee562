package studio.quire.goals;

import org.jooq.DSLContext;
import studio.quire.editor.WritingSession;
import studio.quire.manuscript.ManuscriptTreeRepository;
import studio.quire.manuscript.NodeKind;
import studio.quire.manuscript.TreeNode;
import studio.quire.project.ProjectKind;
import studio.quire.project.ProjectRepository;
import studio.quire.testsupport.TestDatabase;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static studio.quire.db.schema.Tables.NODE_CONTENT;

/**
 * A writer's book of one chapter with two sections (1,200 and 800 words), a clock at noon (UTC)
 * that tests can move, and a session goal kept in memory.
 */
final class GoalFixture {
    final TestDatabase.Org org;
    final DSLContext writer;
    final GoalsRepository goals;
    final UUID project;
    final TreeNode section;
    final MovableClock clock = new MovableClock(Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(12)));
    final InMemorySessionGoal sessionGoal = new InMemorySessionGoal();

    GoalFixture(TestDatabase db, String title) {
        org = db.createOrg("Goals " + System.nanoTime());
        writer = db.open(db.as(org.writer())).dsl();
        goals = new GoalsRepository(writer);
        project = new ProjectRepository(writer).create(org.id(), ProjectKind.BOOK, title, "", null, null).id();
        ManuscriptTreeRepository tree = new ManuscriptTreeRepository(writer);
        TreeNode book = tree.create(project, null, NodeKind.BOOK, "Book");
        TreeNode chapter = tree.create(project, book.id(), NodeKind.CHAPTER, "One");
        section = tree.create(project, chapter.id(), NodeKind.SECTION, "First");
        setWords(tree.create(project, chapter.id(), NodeKind.SECTION, "Second").id(), 800);
        setWords(section.id(), 1200);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    void setWords(UUID sectionId, int words) {
        writer.update(NODE_CONTENT).set(NODE_CONTENT.WORD_COUNT, words).where(NODE_CONTENT.NODE_ID.eq(sectionId)).execute();
    }

    /** A session on the first section that ended at the clock's now. */
    WritingSession session(int added, int removed) {
        return new WritingSession(project, section.id(), clock.instant().minusSeconds(900), clock.instant(), added, removed);
    }

    /** A clock whose instant the test sets. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** The session goal as the settings file would keep it. */
    static final class InMemorySessionGoal implements SessionGoalSetting {
        private int words = 500;

        @Override
        public int get() {
            return words;
        }

        @Override
        public void set(int value) {
            words = value;
        }
    }
}
