package studio.quire.editor.store;

/** Where a section's newest text is, as the status bar says it. */
public enum SaveStatus {
    /** The database has the newest text. */
    SAVED("Saved"),
    /** Changes are on their way to the database. */
    SAVING("Saving…"),
    /** The newest text is safe in the journal on this computer; the server cannot be reached now. */
    SAVED_LOCALLY("Saved on this computer"),
    /** Someone else saved newer text; this text was kept as a conflict revision. */
    CONFLICT("Conflict"),
    /** The database refused the text (for instance no right to write); it is kept on this computer. */
    REFUSED("Not saved");

    private final String label;

    SaveStatus(String label) {
        this.label = label;
    }

    /** What the status bar shows. */
    public String label() {
        return label;
    }
}
