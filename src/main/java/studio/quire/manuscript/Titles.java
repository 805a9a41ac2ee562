package studio.quire.manuscript;

import studio.quire.db.TextLimit;

import java.util.Optional;

/**
 * Node titles as the database accepts them: trimmed, no NUL, never empty, at most
 * {@link TextLimit#NODE_TITLE} characters. A longer one is refused with the limit named, never
 * cut short without a word.
 */
public final class Titles {
    static final int MAX = TextLimit.NODE_TITLE.max();

    private Titles() {
    }

    /** What is wrong with a title typed by a writer; empty when it can be saved. */
    public static Optional<String> problem(String title) {
        String t = trimmed(title);
        return t.isEmpty() ? Optional.of("A title cannot be empty.") : TextLimit.NODE_TITLE.problem(t);
    }

    /** The title as stored; refuses (IllegalArgumentException, with the words of {@link #problem}) what it cannot store. */
    public static String clean(String title) {
        Optional<String> problem = problem(title);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
        return trimmed(title);
    }

    private static String trimmed(String title) {
        return title == null ? "" : title.replace("\0", "").strip();
    }
}
