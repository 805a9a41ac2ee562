package studio.quire.manuscript;

/** Node titles as the database accepts them: trimmed, no NUL, at most 300 characters, never empty. */
final class Titles {
    static final int MAX = 300;

    private Titles() {
    }

    static String clean(String title) {
        String t = title == null ? "" : title.replace("\0", "").strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("A title cannot be empty.");
        }
        return t.length() > MAX ? t.substring(0, MAX) : t;
    }
}
