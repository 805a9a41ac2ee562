package studio.quire.brand.store;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A content template as the template list shows it; {@code currentVersion} is its latest saved version. */
public record TemplateSummary(UUID id, UUID orgId, UUID kitId, String name, long currentVersion, OffsetDateTime updatedAt) {
}
