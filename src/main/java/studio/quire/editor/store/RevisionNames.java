package studio.quire.editor.store;

import studio.quire.db.TextLimit;

/** Names of named revisions as the database accepts them: trimmed, no NUL, 1 to {@link TextLimit#REVISION_NAME} characters. */
public final class RevisionNames {
    public static final int MAX = TextLimit.REVISION_NAME.max();

    private RevisionNames() {
    }

    public static String clean(String name) {
        String n = name == null ? "" : name.replace("\0", "").strip();
        if (n.isEmpty()) {
            throw new IllegalArgumentException("A revision needs a name.");
        }
        TextLimit.REVISION_NAME.problem(n).ifPresent(tooLong -> {
            throw new IllegalArgumentException(tooLong);
        });
        return n;
    }
}
