package studio.quire.manuscript;

/** Node titles as the database accepts them: trimmed, no NUL, at most 300 characters, never empty. */
final class Titles {
    static final int MAX = 300;

    private Titles() {
    }

    /** What is wrong with a title typed by a writer; empty when it can be saved. */
    static java.util.Optional<String> problem(String title) {
        String t = title == null ? "" : title.replace("\0", "").strip();
        return t.isEmpty() ? java.util.Optional.of("A title cannot be empty.") : java.util.Optional.empty();
    }

    static String clean(String title) {
        String t = title == null ? "" : title.replace("\0", "").strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("A title cannot be empty.");
        }
        return t.length() > MAX ? t.substring(0, MAX) : t;
    }
}
