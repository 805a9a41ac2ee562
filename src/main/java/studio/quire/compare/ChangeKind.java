package studio.quire.compare;

/** What a change did, in the writer's words. */
public enum ChangeKind {
    /** Text only in the newer version. */
    INSERTED("Inserted"),
    /** Text only in the older version. */
    DELETED("Deleted"),
    /** Older text replaced by newer text at the same place. */
    REPLACED("Replaced"),
    /** A paragraph taken from one place and put in another, perhaps edited too. */
    MOVED("Moved"),
    /** The same words with another style: bold, italic, a link, a heading or a list item. */
    REFORMATTED("Formatting");

    private final String label;

    ChangeKind(String label) {
        this.label = label;
    }

    /** The kind as the list of changes names it. */
    public String label() {
        return label;
    }
}
