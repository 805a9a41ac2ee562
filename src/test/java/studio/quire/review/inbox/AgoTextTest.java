package studio.quire.review.inbox;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class AgoTextTest {
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private static String ago(Duration span) {
        return AgoText.describe(NOW.minus(span), NOW);
    }

    @Test
    void describe_saysOneUnitRoundedAsPeopleSayIt() {
        assertThat(ago(Duration.ofSeconds(20))).isEqualTo("just now");
        assertThat(ago(Duration.ofMinutes(1))).isEqualTo("1 min ago");
        assertThat(ago(Duration.ofMinutes(5).plusSeconds(40))).isEqualTo("5 min ago");
        assertThat(ago(Duration.ofMinutes(59))).isEqualTo("1 hour ago");
        assertThat(ago(Duration.ofMinutes(150))).isEqualTo("3 hours ago");
        assertThat(ago(Duration.ofHours(23).plusMinutes(29))).isEqualTo("23 hours ago");
        assertThat(ago(Duration.ofHours(23).plusMinutes(30))).isEqualTo("1 day ago");
        assertThat(ago(Duration.ofHours(47).plusMinutes(59))).isEqualTo("2 days ago");
    }

    @Test
    void describe_saysJustNow_forATimeSlightlyAheadOfThisClock() {
        assertThat(AgoText.describe(NOW.plusSeconds(3), NOW)).isEqualTo("just now");
    }
}
