package studio.quire.review.inbox;

import java.time.Duration;
import java.time.Instant;

/**
 * How long ago something happened, said the way a person would: "just now", "5 min ago",
 * "2 hours ago", "3 days ago"; rounded as {@code review.DueText} rounds due times.
 */
final class AgoText {
    private AgoText() {
    }

    static String describe(Instant at, Instant now) {
        if (at == null) {
            return "";
        }
        // a clock a little behind the database's must not say "in 2 seconds"
        long minutes = Math.max(0, Duration.between(at, now).toMinutes());
        if (minutes < 1) {
            return "just now";
        }
        if (minutes >= 23 * 60 + 30) {
            long days = Math.round(minutes / 1440.0);
            return days == 1 ? "1 day ago" : days + " days ago";
        }
        if (minutes >= 59) {
            long hours = Math.round(minutes / 60.0);
            return hours == 1 ? "1 hour ago" : hours + " hours ago";
        }
        return minutes + " min ago";
    }
}
