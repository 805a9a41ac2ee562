package studio.quire.editor;

/** Why a revision was kept; only automatic ones are ever thinned out. */
public enum RevisionKind {
    AUTOMATIC, NAMED, APPROVED, CONFLICT;

    public String dbName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static RevisionKind fromDb(String value) {
        return valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }
}
