package studio.quire.editor.store;

import java.util.UUID;

/**
 * A save that met someone else's newer text. The local text was kept as the conflict revision
 * {@code conflictRevisionId}; {@code server} is what the database holds now.
 */
public record SectionConflict(UUID sectionId, String localMarkdown, SectionText server, UUID conflictRevisionId) {
}
