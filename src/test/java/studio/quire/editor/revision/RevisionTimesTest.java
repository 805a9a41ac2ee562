package studio.quire.editor.revision;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class RevisionTimesTest {
    /** Friday 20 November 2026, 10:00 in Paris. */
    private final RevisionTimes times = new RevisionTimes(
            Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneId.of("Europe/Paris")));

    @Test
    void format_saysTodayAndYesterday_inTheWritersTimeZone() {
        assertThat(times.format(OffsetDateTime.parse("2026-11-20T13:02:00Z"))).isEqualTo("Today 14:02");
        assertThat(times.format(OffsetDateTime.parse("2026-11-19T23:30:00Z"))).isEqualTo("Today 00:30");
        assertThat(times.format(OffsetDateTime.parse("2026-11-19T08:15:00Z"))).isEqualTo("Yesterday 09:15");
    }

    @Test
    void format_olderTimes_haveTheDay_andTheYearWhenItIsAnother() {
        assertThat(times.format(OffsetDateTime.parse("2026-11-16T13:02:00Z"))).isEqualTo("Mon 16 Nov 14:02");
        assertThat(times.format(OffsetDateTime.parse("2025-12-31T12:00:00Z"))).isEqualTo("31 Dec 2025 13:00");
        assertThat(times.format(null)).isEmpty();
    }

    @Test
    void absolute_neverSaysToday() {
        assertThat(times.absolute(OffsetDateTime.parse("2026-11-20T13:02:00Z"))).isEqualTo("Fri 20 Nov 14:02");
    }
}
