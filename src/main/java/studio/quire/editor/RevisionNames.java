package studio.quire.editor;

/** Names of named revisions as the database accepts them: trimmed, no NUL, 1 to 200 characters. */
public final class RevisionNames {
    public static final int MAX = 200;

    private RevisionNames() {
    }

    public static String clean(String name) {
        String n = name == null ? "" : name.replace("\0", "").strip();
        if (n.isEmpty()) {
            throw new IllegalArgumentException("A revision needs a name.");
        }
        return n.length() > MAX ? n.substring(0, MAX).strip() : n;
    }
}
