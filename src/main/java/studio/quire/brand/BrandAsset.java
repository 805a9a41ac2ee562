package studio.quire.brand;

import java.util.Objects;
import java.util.UUID;

/**
 * An image of a brand kit as the kit knows it: its bytes live once, under their SHA-256, in the
 * asset store; templates and variants refer to the asset by id.
 *
 * @param sha256        the content's SHA-256 in lower-case hex: the same bytes are stored once
 * @param mediaType     {@code image/png}, {@code image/jpeg} or {@code image/svg+xml}
 * @param widthPx       the image's own width in pixels (an SVG's view box width)
 * @param heightPx      its own height
 * @param minWidthPx    the smallest width it may be shown at (logos; 0: no minimum)
 * @param clearSpace    the space to keep clear around a logo, as a fraction of its shown height
 *                      (0.25: a quarter of its height on every side)
 */
public record BrandAsset(UUID id, String name, AssetKind kind, String mediaType, String sha256, int widthPx,
                         int heightPx, int minWidthPx, double clearSpace) {

    public BrandAsset {
        Objects.requireNonNull(id, "id");
        name = BrandNames.require(name, "An asset");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(sha256, "sha256");
        if (widthPx <= 0 || heightPx <= 0) {
            throw new IllegalArgumentException(name + " has no size (" + widthPx + "×" + heightPx + ")");
        }
        if (minWidthPx < 0 || clearSpace < 0 || clearSpace > 2) {
            throw new IllegalArgumentException(name + ": the minimum width and the clear space cannot be negative,"
                    + " and the clear space is at most twice the logo's height");
        }
    }
}
