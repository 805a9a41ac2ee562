package studio.quire.editor.store;

import java.util.UUID;

/** Hears from a {@link SectionStore}; called on a background thread, so hand over to the FX thread and return. */
public interface SaveListener {
    /** A section's text moved to {@code status}; {@code detail} is a sentence for a tooltip, may be empty. */
    void statusChanged(UUID sectionId, SaveStatus status, String detail);

    /** A save met newer text from someone else; nothing was overwritten. */
    default void conflict(SectionConflict conflict) {
    }
}
