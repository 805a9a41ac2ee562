package studio.quire.review;

import java.time.Duration;
import java.time.Instant;

/** A due time said the way a person would: "due in 2 days", "overdue by 3 hours". */
public final class DueText {
    private DueText() {
    }

    public static String describe(Instant due, Instant now) {
        if (due == null) {
            return "no due time";
        }
        Duration left = Duration.between(now, due);
        return left.isNegative() ? "overdue by " + amount(left.negated()) : "due in " + amount(left);
    }

    /**
     * One unit, rounded as people say it, so a queue is read at a glance: 47 h 59 min is "2 days",
     * 25 h is "1 day", 61 min is "1 hour".
     */
    private static String amount(Duration span) {
        long minutes = span.toMinutes();
        if (minutes >= 23 * 60 + 30) {
            return plural(Math.round(minutes / 1440.0), "day");
        }
        if (minutes >= 59) {
            return plural(Math.round(minutes / 60.0), "hour");
        }
        return plural(Math.max(1, minutes), "minute");
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
