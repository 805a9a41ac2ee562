package studio.quire.goals;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GoalInputTest {
    @Test
    void number_acceptsThousandsSeparators_andNothingElse() {
        assertThat(GoalInput.number("80,000")).hasValue(80_000);
        assertThat(GoalInput.number(" 80 000 ")).hasValue(80_000);
        assertThat(GoalInput.number("80000")).hasValue(80_000);
        assertThat(GoalInput.number("8e4")).isEmpty();
        assertThat(GoalInput.number("")).isEmpty();
        assertThat(GoalInput.number(null)).isEmpty();
        assertThat(GoalInput.number("99999999999")).isEmpty();
    }

    @Test
    void draft_readsTheCheckedEntries() {
        assertThat(GoalInput.draft("1,500", null, "250")).isEqualTo(new GoalInput.Draft(1_500, null, 250));
    }
}
