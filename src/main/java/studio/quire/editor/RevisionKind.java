package studio.quire.editor;

/**
 * Why a revision was kept; only automatic ones are ever thinned out. {@code RESTORED} holds a text
 * brought back from an earlier revision.
 */
public enum RevisionKind {
    AUTOMATIC, NAMED, APPROVED, CONFLICT, RESTORED;

    public String dbName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static RevisionKind fromDb(String value) {
        return valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }
}
