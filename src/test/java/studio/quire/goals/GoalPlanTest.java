package studio.quire.goals;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The goal arithmetic, by example and over many random days and counts (seeded, so repeatable). */
class GoalPlanTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final int RUNS = 5_000;

    @Test
    void of_spreadsTheWordsMissingThisMorningOverTheDaysLeft_todayIncluded() {
        GoalPlan plan = GoalPlan.of(80_000, TODAY.plusDays(9), 42_100, 42_000, TODAY);

        assertThat(plan.daysLeft()).isEqualTo(10);
        assertThat(plan.perDay()).isEqualTo(3_800);
        assertThat(plan.wordsToday()).isEqualTo(100);
        assertThat(plan.neededToday()).isEqualTo(3_700);
        assertThat(plan.remaining()).isEqualTo(37_900);
        assertThat(plan.state()).isEqualTo(GoalState.BEHIND);
    }

    @Test
    void of_roundsTheDailyShareUp_soTheGoalIsMetOnTheDeadline() {
        assertThat(GoalPlan.of(1_000, TODAY.plusDays(2), 0, 0, TODAY).perDay()).isEqualTo(334);
    }

    @Test
    void of_onTheDeadlineDay_asksForEverythingLeft() {
        GoalPlan plan = GoalPlan.of(1_000, TODAY, 400, 300, TODAY);
        assertThat(plan.perDay()).isEqualTo(700);
        assertThat(plan.neededToday()).isEqualTo(600);
    }

    @Test
    void of_isOnTrack_onceTodaysShareIsWritten() {
        GoalPlan plan = GoalPlan.of(10_000, TODAY.plusDays(4), 2_000 + 1_600, 2_000, TODAY);
        assertThat(plan.state()).isEqualTo(GoalState.ON_TRACK);
        assertThat(plan.neededToday()).isZero();
        assertThat(plan.fractionOfToday()).isEqualTo(1.0);
    }

    @Test
    void of_saysSo_whenTheDeadlineHasPassed() {
        GoalPlan plan = GoalPlan.of(10_000, TODAY.minusDays(1), 9_000, 8_900, TODAY);
        assertThat(plan.state()).isEqualTo(GoalState.PAST_DEADLINE);
        assertThat(plan.daysLeft()).isZero();
        assertThat(plan.neededToday()).isEqualTo(1_000);
    }

    @Test
    void of_withoutDeadline_hasNoDailyShare() {
        GoalPlan plan = GoalPlan.of(10_000, null, 9_000, 8_900, TODAY);
        assertThat(plan.state()).isEqualTo(GoalState.NO_DEADLINE);
        assertThat(plan.perDay()).isZero();
        assertThat(plan.neededToday()).isZero();
    }

    @Test
    void of_refusesAGoalThatIsNotPositive() {
        assertThatThrownBy(() -> GoalPlan.of(0, TODAY, 0, 0, TODAY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void property_needsAreNeverNegative_andNeverMoreThanWhatIsMissing() {
        Random random = new Random(11);
        for (int i = 0; i < RUNS; i++) {
            Case c = Case.random(random);
            GoalPlan plan = c.plan();
            assertThat(plan.remaining()).as("%s", c).isBetween(0, c.goal);
            assertThat(plan.perDay()).as("%s", c).isNotNegative();
            assertThat(plan.neededToday()).as("%s", c).isBetween(0, plan.remaining());
            assertThat(plan.fractionOfGoal()).as("%s", c).isBetween(0.0, 1.0);
            assertThat(plan.fractionOfToday()).as("%s", c).isBetween(0.0, 1.0);
        }
    }

    @Test
    void property_todaysNeed_shrinksAsYouWrite_andTheShareStaysPut() {
        Random random = new Random(12);
        for (int i = 0; i < RUNS; i++) {
            Case c = Case.random(random);
            GoalPlan before = c.plan();
            GoalPlan after = GoalPlan.of(c.goal, c.deadline, c.now + 1 + random.nextInt(5_000), c.start, TODAY);
            assertThat(after.neededToday()).as("%s", c).isLessThanOrEqualTo(before.neededToday());
            assertThat(after.perDay()).as("the share is fixed for the day: %s", c).isEqualTo(before.perDay());
        }
    }

    @Test
    void property_isDone_exactlyWhenTheGoalIsMet() {
        Random random = new Random(13);
        for (int i = 0; i < RUNS; i++) {
            Case c = Case.random(random);
            GoalPlan plan = c.plan();
            assertThat(plan.state() == GoalState.DONE).as("%s", c).isEqualTo(c.now >= c.goal);
            if (plan.state() == GoalState.DONE) {
                assertThat(plan.neededToday()).isZero();
            }
        }
    }

    @Test
    void property_aPastDeadline_saysSo_unlessDone() {
        Random random = new Random(14);
        for (int i = 0; i < RUNS; i++) {
            Case c = Case.random(random);
            GoalPlan plan = c.plan();
            if (c.deadline != null && c.deadline.isBefore(TODAY) && c.now < c.goal) {
                assertThat(plan.state()).as("%s", c).isEqualTo(GoalState.PAST_DEADLINE);
            } else {
                assertThat(plan.state()).as("%s", c).isNotEqualTo(GoalState.PAST_DEADLINE);
            }
        }
    }

    @Test
    void property_writingTodaysShareEveryDay_meetsTheGoalByTheDeadline() {
        Random random = new Random(15);
        for (int i = 0; i < 500; i++) {
            int goal = 1 + random.nextInt(200_000);
            int words = random.nextInt(goal);
            LocalDate day = TODAY;
            LocalDate deadline = TODAY.plusDays(random.nextInt(400));
            while (!day.isAfter(deadline)) {
                GoalPlan plan = GoalPlan.of(goal, deadline, words, words, day);
                words += plan.perDay();
                day = day.plusDays(1);
            }
            assertThat(words).as("goal %d by %s", goal, deadline).isGreaterThanOrEqualTo(goal);
        }
    }

    @Test
    void property_aMissedDay_neverLowersTomorrowsShare() {
        Random random = new Random(16);
        for (int i = 0; i < RUNS; i++) {
            int goal = 1 + random.nextInt(200_000);
            int words = random.nextInt(goal);
            LocalDate deadline = TODAY.plusDays(1 + random.nextInt(400));
            int todayShare = GoalPlan.of(goal, deadline, words, words, TODAY).perDay();
            int tomorrowShare = GoalPlan.of(goal, deadline, words, words, TODAY.plusDays(1)).perDay();
            assertThat(tomorrowShare).isGreaterThanOrEqualTo(todayShare);
        }
    }

    /** One random day: goal, deadline (past, today, future or none), words this morning and now. */
    private record Case(int goal, LocalDate deadline, int start, int now) {
        static Case random(Random random) {
            int goal = 1 + random.nextInt(random.nextBoolean() ? 1_000 : 500_000);
            LocalDate deadline = random.nextInt(8) == 0 ? null : TODAY.plusDays(random.nextInt(1_000) - 100);
            int start = random.nextInt(goal * 2 + 1);
            int now = Math.max(0, start + random.nextInt(6_000) - 1_000);
            return new Case(goal, deadline, start, now);
        }

        GoalPlan plan() {
            return GoalPlan.of(goal, deadline, now, start, TODAY);
        }
    }
}
