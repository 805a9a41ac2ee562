package studio.quire.editor.revision;

/**
 * A revision opened to read: its row and its text (stored format, ADR 0008).
 *
 * @param title the read-only window's title, e.g. "Revision of Today, 14:02 · Named “Draft 2”"
 */
public record OpenedRevision(RevisionRow row, String title, String markdown) {

    /** {@code row}'s text opened to read, titled with its time, kind and name. */
    static OpenedRevision of(RevisionRow row, String markdown) {
        String title = "Revision of " + row.time() + " · " + row.kind() + (row.name().isEmpty() ? "" : " “" + row.name() + "”");
        return new OpenedRevision(row, title, markdown);
    }
}
