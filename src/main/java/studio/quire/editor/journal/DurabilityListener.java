package studio.quire.editor.journal;

import java.io.IOException;
import java.util.UUID;

/**
 * Hears from the {@link JournalWriter} where a section's text stands on this computer, so the status
 * bar can say "Saved on this computer" only when it is true. Called on the writer's thread: hand the
 * news to the UI thread, and return quickly.
 */
public interface DurabilityListener {
    /** The entry's text (and every earlier one of its section) is on disk and survives a crash. */
    void durable(JournalEntry entry);

    /** Writing the section's newest text failed; it will be tried again unless the writer is closing. */
    void failed(UUID sectionId, IOException error);
}
