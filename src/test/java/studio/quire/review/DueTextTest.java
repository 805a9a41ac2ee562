package studio.quire.review;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Due times in words, in the largest whole unit. */
class DueTextTest {
    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    private static String in(Duration d) {
        return DueText.describe(NOW.plus(d), NOW);
    }

    @Test
    void describe_saysDueInTheLargestWholeUnit_beforeTheDueTime() {
        assertThat(in(Duration.ofDays(2).plusHours(5))).isEqualTo("due in 2 days");
        assertThat(in(Duration.ofHours(25))).isEqualTo("due in 1 day");
        assertThat(in(Duration.ofMinutes(61))).isEqualTo("due in 1 hour");
        assertThat(in(Duration.ofMinutes(5))).isEqualTo("due in 5 minutes");
        assertThat(in(Duration.ofSeconds(10))).isEqualTo("due in 1 minute");
        assertThat(in(Duration.ofHours(47).plusMinutes(59))).as("just after a 48-hour step starts").isEqualTo("due in 2 days");
    }

    @Test
    void describe_saysOverdueBy_afterTheDueTime() {
        assertThat(in(Duration.ofHours(-3))).isEqualTo("overdue by 3 hours");
        assertThat(in(Duration.ofDays(-1))).isEqualTo("overdue by 1 day");
        assertThat(DueText.describe(null, NOW)).isEqualTo("no due time");
    }
}
