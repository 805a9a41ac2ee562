package studio.quire.goals;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;
import studio.quire.ui.SameThreadTaskExecutor;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static studio.quire.db.schema.Tables.WRITING_SESSION;

/** The status bar's writing progress, without a UI toolkit, against the real database. */
class WritingProgressViewModelTest {
    private static TestDatabase db;
    private GoalFixture book;
    private WritingProgressViewModel progress;

    @BeforeAll
    static void database() {
        db = TestServer.get().newDatabase();
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @BeforeEach
    void bookWithAGoalAndTodaysWriting() {
        book = new GoalFixture(db, "Progress book");
        progress = new WritingProgressViewModel(book.goals, book.sessionGoal, new SameThreadTaskExecutor(), book.clock);
    }

    /** 2,000 words now, 300 of them today: 1,700 this morning, 8,300 to go over 10 days. */
    private void goalOfTenThousandInTenDays() {
        book.goals.setGoal(book.project, 10_000, book.today().plusDays(9));
        book.goals.record(book.session(350, 50));
    }

    @Test
    void showProject_withAGoal_showsTodayAgainstTheDailyShare() {
        goalOfTenThousandInTenDays();

        progress.showProject(book.project);

        assertThat(progress.goalVisibleProperty().get()).isTrue();
        assertThat(progress.goalTextProperty().get()).isEqualTo("Today 300 / 830");
        assertThat(progress.goalFractionProperty().get()).isCloseTo(300.0 / 830, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(progress.goalStateProperty().get()).isEqualTo(GoalState.BEHIND);
        assertThat(progress.detailsProperty().get()).contains("Goal: 10,000 words by").contains("830 a day")
                .contains("530 more today").contains("300 by you");
        assertThat(progress.sessionVisibleProperty().get()).isFalse();
    }

    @Test
    void showProject_withoutAGoal_showsOnlyTheSessionWhileOneRuns() {
        progress.showProject(book.project);
        assertThat(progress.goalVisibleProperty().get()).isFalse();
        assertThat(progress.sessionVisibleProperty().get()).isFalse();

        progress.sessionWords(120);

        assertThat(progress.goalVisibleProperty().get()).isFalse();
        assertThat(progress.sessionVisibleProperty().get()).isTrue();
        assertThat(progress.sessionTextProperty().get()).isEqualTo("Session 120 / 500");
        assertThat(progress.sessionFractionProperty().get()).isEqualTo(0.24);
    }

    @Test
    void sessionWords_countTowardsToday_beforeTheSessionIsRecorded() {
        goalOfTenThousandInTenDays();
        progress.showProject(book.project);

        progress.sessionWords(100);

        assertThat(progress.goalTextProperty().get()).isEqualTo("Today 400 / 830");
        assertThat(progress.detailsProperty().get()).contains("400 by you");
    }

    @Test
    void sessionWords_ofATwoMegabytePaste_stayOutOfTodaysWriting_andShowApart_alsoOnceRecorded() {
        // A long book: 2,000 words now, 300 of them today, 998,300 to go over 10 days.
        book.goals.setGoal(book.project, 1_000_000, book.today().plusDays(9));
        book.goals.record(book.session(350, 50));
        progress.showProject(book.project);
        assertThat(progress.goalTextProperty().get()).isEqualTo("Today 300 / 99,830");
        int pasted = 377_760;

        progress.sessionWords(pasted + 100, pasted);
        assertThat(progress.goalTextProperty().get()).isEqualTo("Today 400 / 99,830 · 377,760 pasted");
        assertThat(progress.sessionTextProperty().get()).isEqualTo("Session 100 / 500");
        assertThat(progress.detailsProperty().get()).contains("400 by you").contains("Pasted today: 377,760");

        book.setWords(book.section.id(), 1200 + pasted + 100); // the editor's autosave
        progress.recordSession(new studio.quire.editor.WritingSession(book.project, book.section.id(),
                book.clock.instant().minusSeconds(600), book.clock.instant(), pasted + 100, 0, pasted));

        assertThat(progress.goalTextProperty().get()).isEqualTo("Today 400 / 99,830 · 377,760 pasted");
        assertThat(progress.detailsProperty().get()).contains("400 by you");
    }

    @Test
    void recordSession_storesIt_andTheNextSessionStartsFromZero() {
        goalOfTenThousandInTenDays();
        progress.showProject(book.project);
        progress.sessionWords(50);
        book.setWords(book.section.id(), 1250); // the editor's autosave

        progress.recordSession(book.session(60, 10));

        assertThat(book.writer.fetchCount(WRITING_SESSION)).isEqualTo(2);
        assertThat(progress.goalTextProperty().get()).isEqualTo("Today 350 / 830");
        assertThat(progress.sessionVisibleProperty().get()).isFalse();
        assertThat(progress.sessionTextProperty().get()).isEqualTo("Session 0 / 500");
    }

    @Test
    void tick_onANewDay_recalculatesTheShare_fromWhatWasWritten() {
        goalOfTenThousandInTenDays();
        progress.showProject(book.project);

        progress.tick();
        assertThat(progress.goalTextProperty().get()).isEqualTo("Today 300 / 830");

        book.clock.advance(Duration.ofDays(1));
        progress.tick();

        assertThat(progress.goalTextProperty().get()).isEqualTo("Today 0 / 889");
    }

    @Test
    void sessionGoal_followsTheSetting() {
        book.sessionGoal.set(1_000);
        progress.showProject(book.project);
        progress.sessionWords(250);
        assertThat(progress.sessionTextProperty().get()).isEqualTo("Session 250 / 1,000");
    }

    @Test
    void showProject_null_hidesEverything() {
        goalOfTenThousandInTenDays();
        progress.showProject(book.project);
        progress.sessionWords(10);

        progress.showProject(null);

        assertThat(progress.goalVisibleProperty().get()).isFalse();
        assertThat(progress.sessionVisibleProperty().get()).isFalse();
    }

    @Test
    void showProject_pastDeadline_saysSo() {
        book.goals.setGoal(book.project, 10_000, book.today().minusDays(3));
        progress.showProject(book.project);
        assertThat(progress.goalStateProperty().get()).isEqualTo(GoalState.PAST_DEADLINE);
        assertThat(progress.goalTextProperty().get()).isEqualTo("2,000 / 10,000 words");
        assertThat(progress.detailsProperty().get()).contains("The deadline has passed");
    }
}
