package studio.quire.brand.store;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A brand kit as a list shows it: its name, how much it holds, and the version it is at. */
public record KitSummary(UUID id, UUID orgId, String name, int colourCount, int fontCount, int assetCount, long version,
                         OffsetDateTime updatedAt) {
}
