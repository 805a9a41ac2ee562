package studio.quire.editor.store;

import java.util.UUID;

/** What became of a save: the text is in the database, or someone else's newer text is. */
public sealed interface SaveResult {
    /** The text is stored at {@code newVersion} (also when an earlier, unacknowledged try had stored it). */
    record Saved(long newVersion, int words) implements SaveResult {
    }

    /**
     * The section moved on from the version the text was based on and holds other text: nothing
     * was overwritten; the local text is kept as the conflict revision {@code conflictRevisionId}.
     */
    record Conflict(SectionText serverText, UUID conflictRevisionId) implements SaveResult {
    }
}
