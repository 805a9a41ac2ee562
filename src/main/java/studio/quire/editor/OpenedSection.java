package studio.quire.editor;

import java.util.UUID;

/**
 * A section's text as the editor should show it when opened.
 *
 * @param fromJournal the text came from this computer's journal because the database did not have
 *                    it yet (replayed after a crash or while the server was unreachable)
 */
public record OpenedSection(UUID sectionId, String markdown, long version, int words, boolean fromJournal) {
}
