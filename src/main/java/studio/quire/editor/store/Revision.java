package studio.quire.editor.store;

import java.time.OffsetDateTime;
import java.util.UUID;

import studio.quire.text.RevisionKind;

/**
 * A kept state of a section's text, without the text itself (lists stay light; the body is read
 * on demand). {@code baseVersion} is the section version the text was based on; {@code name} is
 * set for named revisions.
 */
public record Revision(UUID id, UUID sectionId, RevisionKind kind, String name, int words, long baseVersion,
        String contentHash, UUID author, OffsetDateTime createdAt) {
}
