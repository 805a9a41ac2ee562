package studio.quire.review.comment;

import studio.quire.text.TextHygiene;

import java.util.Locale;
import java.util.Optional;

/**
 * What a comment may say and how its time is told: the words are cleaned (NUL and other invisible
 * control characters cannot be stored), must not be blank, and hold at most 10,000 characters, as
 * the database requires (their times are told by {@code ui.DateTexts}).
 */
public final class CommentText {
    /** The longest comment the database keeps (characters after trimming). */
    public static final int MAX_LENGTH = 10_000;
    static final String BLANK = "Write a few words first.";

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
}
