package studio.quire.brand.kitfile;

import studio.quire.brand.BrandKit;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A brand kit read from a kit file, whole and checked, not yet saved: a new kit of the importing
 * organization (fresh ids, version 0) and the bytes of each of its assets, by the asset's new id,
 * in the kit's order. Save both in one transaction, or neither.
 */
public record ImportedKit(BrandKit kit, Map<UUID, byte[]> assetBytes) {

    public ImportedKit {
        Objects.requireNonNull(kit, "kit");
        Objects.requireNonNull(assetBytes, "assetBytes");
    }
}
