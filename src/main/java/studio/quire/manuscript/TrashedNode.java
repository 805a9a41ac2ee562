package studio.quire.manuscript;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A node put in the trash (with whatever was below it), as the trash lists it. */
public record TrashedNode(UUID id, UUID formerParentId, NodeKind kind, String title, OffsetDateTime deletedAt) {
}
