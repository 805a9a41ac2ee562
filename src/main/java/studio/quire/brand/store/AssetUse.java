package studio.quire.brand.store;

import java.util.UUID;

/**
 * A template version that places an asset. {@code current}: it is the template's current version,
 * which keeps the asset from being removed.
 */
public record AssetUse(UUID orgId, UUID assetId, UUID templateId, String templateName, long templateVersion,
                       boolean current) {
}
