package studio.quire.ui;

import javafx.util.StringConverter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Every date and time Quire shows, in one style: a date is "3 Dec 2026", a moment
 * "3 Dec 2026, 09:21", a recent moment "Today, 14:02" or "Yesterday, 09:15", and where a screen
 * speaks of how long ago, "just now", "5 min ago", "2 hours ago", "3 days ago" (then the date).
 * Times are read in the clock's zone; the words are English, like the rest of the app. The only
 * place that formats dates: an architecture test keeps it so.
 */
public final class DateTexts {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter READ_DATE = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("d MMM yyyy").toFormatter(Locale.ENGLISH);
    /** After this long, "ago" gives way to the date. */
    private static final Duration AGO_LIMIT = Duration.ofDays(7);

    private final Clock clock;

    /** @param clock now (for "today" and "ago") and the zone times are read in */
    public DateTexts(Clock clock) {
        this.clock = clock;
    }

    /** The computer's clock and zone. */
    public static DateTexts system() {
        return new DateTexts(Clock.systemDefaultZone());
    }

    /** "3 Dec 2026" */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** "3 Dec 2026", the day this moment falls on where the writer is. */
    public String date(Instant at) {
        return at == null ? "" : DATE.format(local(at));
    }

    /** "3 Dec 2026, 09:21" */
    public String dateTime(Instant at) {
        if (at == null) {
            return "";
        }
        ZonedDateTime local = local(at);
        return DATE.format(local) + ", " + TIME.format(local);
    }

    /** "3 Dec 2026, 09:21" */
    public String dateTime(OffsetDateTime at) {
        return at == null ? "" : dateTime(at.toInstant());
    }

    /** "Today, 14:02", "Yesterday, 09:15", else "16 Nov 2026, 14:02": for lists of recent moments. */
    public String recent(OffsetDateTime at) {
        if (at == null) {
            return "";
        }
        ZonedDateTime local = local(at.toInstant());
        LocalDate today = LocalDate.now(clock);
        if (local.toLocalDate().equals(today)) {
            return "Today, " + TIME.format(local);
        }
        if (local.toLocalDate().equals(today.minusDays(1))) {
            return "Yesterday, " + TIME.format(local);
        }
        return dateTime(at.toInstant());
    }

    /**
     * "just now", "5 min ago", "1 hour ago", "3 days ago", rounded as people say it (47 h is
     * "2 days"); after a week the date. A moment a little ahead of this clock is "just now".
     */
    public String ago(Instant at) {
        if (at == null) {
            return "";
        }
        Duration age = Duration.between(at, clock.instant());
        if (age.compareTo(AGO_LIMIT) >= 0) {
            return date(at);
        }
        long minutes = Math.max(0, age.toMinutes());
        if (minutes < 1) {
            return "just now";
        }
        if (minutes >= 23 * 60 + 30) {
            return plural(Math.round(minutes / 1440.0), "day") + " ago";
        }
        if (minutes >= 59) {
            return plural(Math.round(minutes / 60.0), "hour") + " ago";
        }
        return minutes + " min ago";
    }

    /** The zone times are read in. */
    public ZoneId zone() {
        return clock.getZone();
    }

    /** For date pickers: shows and reads "3 Dec 2026" (also "2026-12-03"); an empty field is no date. */
    public static StringConverter<LocalDate> dateConverter() {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(text.strip(), READ_DATE);
                } catch (DateTimeParseException notInWords) {
                    return LocalDate.parse(text.strip());
                }
            }
        };
    }

    private ZonedDateTime local(Instant at) {
        return at.atZone(clock.getZone());
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
