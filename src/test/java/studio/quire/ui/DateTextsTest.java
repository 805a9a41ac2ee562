package studio.quire.ui;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one style every date and time in Quire is shown in. */
class DateTextsTest {
    /** Friday 20 November 2026, 10:00 in Paris. */
    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");
    private final DateTexts dates = new DateTexts(Clock.fixed(NOW, ZoneId.of("Europe/Paris")));

    @Test
    void date_isDayShortMonthAndYear_inTheWritersTimeZone() {
        assertThat(DateTexts.date(LocalDate.of(2027, 6, 3))).isEqualTo("3 Jun 2027");
        assertThat(DateTexts.date(LocalDate.of(2026, 12, 25))).as("this year too").isEqualTo("25 Dec 2026");
        assertThat(dates.date(Instant.parse("2026-11-19T23:30:00Z"))).as("already the 20th in Paris").isEqualTo("20 Nov 2026");
        assertThat(DateTexts.date((LocalDate) null)).isEmpty();
    }

    @Test
    void dateTime_addsTheTimeOnATwentyFourHourClock() {
        assertThat(dates.dateTime(Instant.parse("2026-12-03T08:21:00Z"))).isEqualTo("3 Dec 2026, 09:21");
        assertThat(dates.dateTime(OffsetDateTime.parse("2026-12-03T20:05:00+01:00"))).isEqualTo("3 Dec 2026, 20:05");
        assertThat(dates.dateTime((OffsetDateTime) null)).isEmpty();
    }

    @Test
    void recent_saysTodayAndYesterday_thenTheDateAndTime() {
        assertThat(dates.recent(OffsetDateTime.parse("2026-11-20T13:02:00Z"))).isEqualTo("Today, 14:02");
        assertThat(dates.recent(OffsetDateTime.parse("2026-11-19T23:30:00Z"))).isEqualTo("Today, 00:30");
        assertThat(dates.recent(OffsetDateTime.parse("2026-11-19T08:15:00Z"))).isEqualTo("Yesterday, 09:15");
        assertThat(dates.recent(OffsetDateTime.parse("2026-11-16T13:02:00Z"))).isEqualTo("16 Nov 2026, 14:02");
        assertThat(dates.recent(OffsetDateTime.parse("2025-12-31T12:00:00Z"))).isEqualTo("31 Dec 2025, 13:00");
        assertThat(dates.recent(null)).isEmpty();
    }

    @Test
    void ago_saysOneUnitRoundedAsPeopleSayIt_thenTheDateAfterAWeek() {
        assertThat(ago(Duration.ofSeconds(20))).isEqualTo("just now");
        assertThat(ago(Duration.ofMinutes(1))).isEqualTo("1 min ago");
        assertThat(ago(Duration.ofMinutes(5).plusSeconds(40))).isEqualTo("5 min ago");
        assertThat(ago(Duration.ofMinutes(59))).isEqualTo("1 hour ago");
        assertThat(ago(Duration.ofMinutes(150))).isEqualTo("3 hours ago");
        assertThat(ago(Duration.ofHours(23).plusMinutes(29))).isEqualTo("23 hours ago");
        assertThat(ago(Duration.ofHours(23).plusMinutes(30))).isEqualTo("1 day ago");
        assertThat(ago(Duration.ofHours(47).plusMinutes(59))).isEqualTo("2 days ago");
        assertThat(ago(Duration.ofDays(6).plusHours(23))).isEqualTo("7 days ago");
        assertThat(ago(Duration.ofDays(7))).isEqualTo("13 Nov 2026");
        assertThat(dates.ago(NOW.plusSeconds(3))).as("a moment slightly ahead of this clock").isEqualTo("just now");
        assertThat(dates.ago(null)).isEmpty();
    }

    @Test
    void dateConverter_showsAndReadsTheSameStyle_andIsoDates() {
        var converter = DateTexts.dateConverter();
        assertThat(converter.toString(LocalDate.of(2027, 6, 3))).isEqualTo("3 Jun 2027");
        assertThat(converter.fromString("3 jun 2027")).isEqualTo(LocalDate.of(2027, 6, 3));
        assertThat(converter.fromString(" 2027-06-03 ")).isEqualTo(LocalDate.of(2027, 6, 3));
        assertThat(converter.fromString("")).isNull();
        assertThat(converter.toString(null)).isEmpty();
        assertThatThrownBy(() -> converter.fromString("next Tuesday")).isInstanceOf(DateTimeParseException.class);
    }

    private String ago(Duration span) {
        return dates.ago(NOW.minus(span));
    }
}
