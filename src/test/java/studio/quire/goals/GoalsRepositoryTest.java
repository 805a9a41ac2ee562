package studio.quire.goals;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import studio.quire.db.RefusedByDatabaseException;
import studio.quire.editor.WritingSession;
import studio.quire.manuscript.ManuscriptTreeRepository;
import studio.quire.manuscript.NodeKind;
import studio.quire.manuscript.TreeNode;
import studio.quire.project.ProjectKind;
import studio.quire.project.ProjectRepository;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static studio.quire.db.schema.Tables.NODE_CONTENT;
import static studio.quire.db.schema.Tables.PERSON;
import static studio.quire.db.schema.Tables.WRITING_SESSION;

class GoalsRepositoryTest {
    private static TestDatabase db;
    private TestDatabase.Org org;
    private DSLContext writer;
    private GoalsRepository goals;
    private UUID project;
    private TreeNode chapter;
    private TreeNode first;
    private TreeNode second;
    private final Instant midnight = Instant.now().truncatedTo(ChronoUnit.DAYS);

    @BeforeAll
    static void database() {
        db = TestServer.get().newDatabase();
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @BeforeEach
    void bookWithTwoSections() {
        org = db.createOrg("Goals " + System.nanoTime());
        writer = db.open(db.as(org.writer())).dsl();
        goals = new GoalsRepository(writer);
        project = new ProjectRepository(writer).create(org.id(), ProjectKind.BOOK, "Goal book", "", null, null).id();
        ManuscriptTreeRepository tree = new ManuscriptTreeRepository(writer);
        TreeNode book = tree.create(project, null, NodeKind.BOOK, "Book");
        chapter = tree.create(project, book.id(), NodeKind.CHAPTER, "One");
        first = section(tree, "First", 1200);
        second = section(tree, "Second", 800);
    }

    private TreeNode section(ManuscriptTreeRepository tree, String title, int words) {
        TreeNode section = tree.create(project, chapter.id(), NodeKind.SECTION, title);
        writer.update(NODE_CONTENT).set(NODE_CONTENT.WORD_COUNT, words).where(NODE_CONTENT.NODE_ID.eq(section.id())).execute();
        return section;
    }

    private WritingSession session(UUID section, int added, int removed, Instant end) {
        return new WritingSession(project, section, end.minusSeconds(600), end, added, removed);
    }

    @Test
    void setGoal_thenGoal_readsItBackWithWhoAndWhen() {
        ProjectGoal set = goals.setGoal(project, 80_000, LocalDate.of(2030, 3, 1));

        assertThat(goals.goal(project)).contains(set);
        assertThat(set.words()).isEqualTo(80_000);
        assertThat(set.deadline()).isEqualTo(LocalDate.of(2030, 3, 1));
        assertThat(set.setBy()).isEqualTo(writer.select(PERSON.ID).from(PERSON)
                .where(PERSON.ROLE_NAME.eq(org.writer())).fetchOne(PERSON.ID));
        assertThat(set.setAt()).isNotNull();
    }

    @Test
    void clearGoal_removesGoalAndDeadline() {
        goals.setGoal(project, 1000, LocalDate.of(2030, 1, 1));
        goals.clearGoal(project);
        assertThat(goals.goal(project)).isEmpty();
    }

    @Test
    void setGoal_isRefused_forAnEditor() {
        GoalsRepository editor = new GoalsRepository(db.open(db.as(org.editor())).dsl());
        assertThatThrownBy(() -> editor.setGoal(project, 5000, null)).isInstanceOf(RefusedByDatabaseException.class)
                .hasMessageContaining("writer, consultant or admin");
        assertThatThrownBy(() -> editor.clearGoal(project)).isInstanceOf(RefusedByDatabaseException.class);
        assertThat(goals.goal(project)).isEmpty();
    }

    @Test
    void setGoal_worksForConsultantAndAdmin() {
        new GoalsRepository(db.open(db.as(org.consultant())).dsl()).setGoal(project, 5000, null);
        new GoalsRepository(db.open(db.as(org.admin())).dsl()).setGoal(project, 6000, null);
        assertThat(goals.goal(project)).get().extracting(ProjectGoal::words).isEqualTo(6000);
    }

    @Test
    void projectWords_sumsLiveSections_andLeavesTrashedOnesOut() {
        assertThat(goals.projectWords(project)).isEqualTo(2000);
        new ManuscriptTreeRepository(writer).trash(second.id());
        assertThat(goals.projectWords(project)).isEqualTo(1200);
    }

    @Test
    void record_storesTheSession_stampedWithTheWriter() {
        assertThat(goals.record(session(first.id(), 300, 40, Instant.now()))).isTrue();

        var row = writer.selectFrom(WRITING_SESSION).where(WRITING_SESSION.PROJECT_ID.eq(project)).fetchOne();
        assertThat(row.getOrgId()).isEqualTo(org.id());
        assertThat(row.getNodeId()).isEqualTo(first.id());
        assertThat(row.getWordsAdded()).isEqualTo(300);
        assertThat(row.getWordsRemoved()).isEqualTo(40);
        assertThat(row.getPersonId()).isEqualTo(personId(org.writer()));
    }

    @Test
    void record_ignoresAnEmptySession() {
        assertThat(goals.record(session(first.id(), 0, 0, Instant.now()))).isFalse();
        assertThat(writer.fetchCount(WRITING_SESSION, WRITING_SESSION.PROJECT_ID.eq(project))).isZero();
    }

    @Test
    void record_isRefused_forAnEditor() {
        GoalsRepository editor = new GoalsRepository(db.open(db.as(org.editor())).dsl());
        assertThatThrownBy(() -> editor.record(session(first.id(), 10, 0, Instant.now())))
                .isInstanceOf(RefusedByDatabaseException.class);
    }

    @Test
    void record_isRefused_whenItEndsBeforeItStarts() {
        Instant now = Instant.now();
        assertThatThrownBy(() -> goals.record(new WritingSession(project, first.id(), now, now.minusSeconds(1), 5, 0)))
                .isInstanceOf(RefusedByDatabaseException.class);
    }

    @Test
    void rawInsert_asAPerson_cannotRecordASessionForSomeoneElse() throws Exception {
        String consultant = personId(org.consultant()).toString();
        try (Connection c = db.rawConnection(db.as(org.writer()));
             PreparedStatement ps = c.prepareStatement("""
                     insert into quire.writing_session (org_id, project_id, node_id, person_id, started_at, ended_at,
                                                        words_added, words_removed)
                     values (?::uuid, ?::uuid, ?::uuid, ?::uuid, now() - interval '5 minutes', now(), 50, 0)
                     returning person_id""")) {
            c.setAutoCommit(true);
            ps.setString(1, org.id().toString());
            ps.setString(2, project.toString());
            ps.setString(3, first.id().toString());
            ps.setString(4, consultant);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo(personId(org.writer()).toString()).isNotEqualTo(consultant);
            }
        }
    }

    @Test
    void rawUpdateAndDelete_ofASession_areRefused() throws Exception {
        goals.record(session(first.id(), 10, 0, Instant.now()));
        try (Connection c = db.rawConnection(db.as(org.admin()))) {
            c.setAutoCommit(true);
            for (String sql : new String[] {"update quire.writing_session set words_added = 9999",
                "delete from quire.writing_session"}) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    assertThatThrownBy(ps::executeUpdate).isInstanceOfSatisfying(SQLException.class,
                            e -> assertThat(e.getSQLState()).isEqualTo("42501"));
                }
            }
        }
    }

    @Test
    void day_countsTodaysSessions_ofEveryone_andMineApart() {
        goals.setGoal(project, 10_000, LocalDate.now().plusDays(9));
        goals.record(session(first.id(), 300, 50, Instant.now()));
        goals.record(session(second.id(), 100, 0, midnight.minusSeconds(3600)));
        new GoalsRepository(db.open(db.as(org.consultant())).dsl()).record(session(second.id(), 70, 20, Instant.now()));

        DayProgress day = goals.day(project, midnight);

        assertThat(day.wordsNow()).isEqualTo(2000);
        assertThat(day.netToday()).isEqualTo(300);
        assertThat(day.myWrittenToday()).isEqualTo(250);
        assertThat(day.wordsAtStartOfToday()).isEqualTo(1700);
        assertThat(day.goal().words()).isEqualTo(10_000);
    }

    @Test
    void record_keepsThePastedWordsApart_andDayLeavesThemOutOfTodaysWriting() {
        goals.setGoal(project, 10_000, LocalDate.now().plusDays(9));
        Instant now = Instant.now();
        goals.record(new WritingSession(project, first.id(), now.minusSeconds(600), now, 4_120, 20, 4_000));

        var stored = writer.select(WRITING_SESSION.WORDS_ADDED, WRITING_SESSION.PASTED_WORDS).from(WRITING_SESSION)
                .where(WRITING_SESSION.PROJECT_ID.eq(project)).fetchSingle();
        assertThat(stored.value1()).isEqualTo(4_120);
        assertThat(stored.value2()).isEqualTo(4_000);
        DayProgress day = goals.day(project, midnight);
        assertThat(day.netToday()).isEqualTo(4_100);
        assertThat(day.pastedToday()).isEqualTo(4_000);
        assertThat(day.myWrittenToday()).isEqualTo(100);
        GoalPlan plan = day.plan(LocalDate.now(), 0).orElseThrow();
        assertThat(plan.wordsToday()).isEqualTo(100);
        assertThat(plan.pastedToday()).isEqualTo(4_000);
        assertThat(goals.progressOf(org.id(), midnight).get(project).pastedToday()).isEqualTo(4_000);
    }

    @Test
    void rawInsert_ofMorePastedWordsThanAdded_isRefused() throws Exception {
        try (Connection c = db.rawConnection(db.as(org.writer()));
             PreparedStatement ps = c.prepareStatement("""
                     insert into quire.writing_session (org_id, project_id, node_id, person_id, started_at, ended_at,
                                                        words_added, words_removed, pasted_words)
                     values (?::uuid, ?::uuid, ?::uuid, quire.current_person_id(), now() - interval '5 minutes', now(),
                             10, 0, 11)""")) {
            c.setAutoCommit(true);
            ps.setString(1, org.id().toString());
            ps.setString(2, project.toString());
            ps.setString(3, first.id().toString());
            assertThatThrownBy(ps::executeUpdate).isInstanceOfSatisfying(SQLException.class,
                    e -> assertThat(e.getSQLState()).isEqualTo("23514"));
        }
    }

    @Test
    void day_withoutGoal_hasNoPlan() {
        DayProgress day = goals.day(project, midnight);
        assertThat(day.goal()).isNull();
        assertThat(day.plan(LocalDate.now(), 0)).isEmpty();
    }

    @Test
    void progressOf_listsOnlyProjectsWithAGoal_ofTheOrganization() {
        UUID other = new ProjectRepository(writer).create(org.id(), ProjectKind.BLOG, "No goal", "", null, null).id();
        goals.setGoal(project, 50_000, null);
        goals.record(session(first.id(), 120, 20, Instant.now()));

        var progress = goals.progressOf(org.id(), midnight);

        assertThat(progress).containsOnlyKeys(project).doesNotContainKey(other);
        assertThat(progress.get(project).wordsNow()).isEqualTo(2000);
        assertThat(progress.get(project).netToday()).isEqualTo(100);
    }

    @Test
    void anotherOrganization_seesNothing() {
        goals.setGoal(project, 50_000, null);
        goals.record(session(first.id(), 120, 20, Instant.now()));
        TestDatabase.Org stranger = db.createOrg("Stranger " + System.nanoTime());
        DSLContext outsider = db.open(db.as(stranger.admin())).dsl();
        GoalsRepository theirs = new GoalsRepository(outsider);

        assertThat(theirs.goal(project)).isEmpty();
        assertThat(theirs.progressOf(org.id(), midnight)).isEmpty();
        assertThat(theirs.projectWords(project)).isZero();
        assertThat(outsider.fetchCount(WRITING_SESSION)).isZero();
        assertThatThrownBy(() -> theirs.day(project, midnight)).isInstanceOf(RefusedByDatabaseException.class);
        assertThatThrownBy(() -> theirs.record(session(first.id(), 5, 0, Instant.now())))
                .isInstanceOf(RefusedByDatabaseException.class);
        assertThatThrownBy(() -> theirs.setGoal(project, 1, null)).isInstanceOf(RefusedByDatabaseException.class);
    }

    private UUID personId(String login) {
        return writer.select(PERSON.ID).from(PERSON).where(PERSON.ROLE_NAME.eq(login)).fetchOne(PERSON.ID);
    }
}
