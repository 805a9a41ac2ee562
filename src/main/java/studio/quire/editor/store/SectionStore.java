package studio.quire.editor.store;

import java.util.UUID;

/**
 * Where the editor's text comes from and where every change goes: the never-lose-a-word path
 * (ARCHITECTURE.md, "Edits are never lost"). The editor hands over the whole newest text of the
 * open section after each change; the store makes it durable on this computer within a second and
 * saves it to the database with an optimistic version check, telling its {@link SaveListener}s
 * the truth about where the text is. The store keeps each section's base version itself.
 */
public interface SectionStore {
    /**
     * The newest text of a section: the journal's when it is newer than the database's (and then
     * a save of it is already under way). Blocking: call it in the background.
     *
     * @throws studio.quire.db.RefusedByDatabaseException when the section is gone or not visible
     */
    OpenedSection open(UUID sectionId);

    /** The whole newest text (stored format, ADR 0008) of an open section. Thread-safe; never blocks. */
    void edited(UUID sectionId, String markdown);

    /**
     * Saves what is still pending for the section now and waits for the answer (switching to
     * another section, a named snapshot, closing). Blocking: call it in the background.
     */
    SaveStatus flush(UUID sectionId);

    /** Hears about saves of every section; called on a background thread. */
    void addListener(SaveListener listener);

    void removeListener(SaveListener listener);
}
