package studio.quire.editor.store;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The stored text of a section as the database holds it: the body (see ADR 0008), the version
 * an optimistic save must be based on, and the word count the tree rolls up.
 */
public record SectionText(UUID sectionId, String body, long version, int words, OffsetDateTime updatedAt) {
}
