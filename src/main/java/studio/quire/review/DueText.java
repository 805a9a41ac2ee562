package studio.quire.review;

import java.time.Duration;
import java.time.Instant;

/** A due time said the way a person would: "due in 2 days", "overdue by 3 hours". */
final class DueText {
    private DueText() {
    }

    static String describe(Instant due, Instant now) {
        if (due == null) {
            return "no due time";
        }
        Duration left = Duration.between(now, due);
        return left.isNegative() ? "overdue by " + amount(left.negated()) : "due in " + amount(left);
    }

    /** The largest whole unit, so "1 day" rather than "1 day 3 hours": a queue is read at a glance. */
    private static String amount(Duration span) {
        long days = span.toDays();
        if (days >= 1) {
            return plural(days, "day");
        }
        long hours = span.toHours();
        if (hours >= 1) {
            return plural(hours, "hour");
        }
        return plural(Math.max(1, span.toMinutes()), "minute");
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
