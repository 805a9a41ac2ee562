package studio.quire.text;

/**
 * Why a revision was kept; only automatic ones are ever thinned out. {@code RESTORED} holds a text
 * brought back from an earlier revision; {@code SUBMITTED} the text as it was sent for review, and
 * {@code APPROVED} the text a review approved (both written only by the review functions). Every
 * value {@code revision.kind} may hold is here ({@code StoredValuesTest} reads them off the schema).
 */
public enum RevisionKind {
    AUTOMATIC, NAMED, APPROVED, CONFLICT, RESTORED, SUBMITTED;

    public String dbName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static RevisionKind fromDb(String value) {
        return valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }
}
