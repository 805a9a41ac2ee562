package studio.quire.review.comment;

import studio.quire.editor.text.TextHygiene;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * What a comment may say and how its time is told: the words are cleaned (NUL and other invisible
 * control characters cannot be stored), must not be blank, and hold at most 10,000 characters, as
 * the database requires; times read "just now", "5 minutes ago", "3 days ago", then a date.
 */
public final class CommentText {
    /** The longest comment the database keeps (characters after trimming). */
    public static final int MAX_LENGTH = 10_000;
    static final String BLANK = "Write a few words first.";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private CommentText() {
    }

    /** The words cleaned and trimmed, as they will be stored. */
    public static String clean(String draft) {
        return draft == null ? "" : TextHygiene.clean(draft).strip();
    }

    /** Why these words cannot be posted; empty when they can. */
    public static Optional<String> problem(String draft) {
        String words = clean(draft);
        if (words.isEmpty()) {
            return Optional.of(BLANK);
        }
        int length = words.codePointCount(0, words.length());
        if (length > MAX_LENGTH) {
            return Optional.of("A comment holds at most 10,000 characters; this one has " + String.format(Locale.ENGLISH,
                    "%,d", length) + ".");
        }
        return Optional.empty();
    }

    /** "just now", "1 minute ago", "5 hours ago", "2 days ago", or the date after a week. */
    public static String ago(Instant then, Instant now, ZoneId zone) {
        Duration age = Duration.between(then, now);
        if (age.toMinutes() < 1) {
            return "just now";
        } else if (age.toHours() < 1) {
            return plural(age.toMinutes(), "minute") + " ago";
        } else if (age.toDays() < 1) {
            return plural(age.toHours(), "hour") + " ago";
        } else if (age.toDays() < 7) {
            return plural(age.toDays(), "day") + " ago";
        }
        return DATE.format(then.atZone(zone));
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
