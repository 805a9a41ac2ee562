package studio.quire.brand.kitfile;

import java.util.Objects;

/**
 * What {@link AssetInspector} found in an image it accepts.
 *
 * @param mediaType {@code image/png}, {@code image/jpeg} or {@code image/svg+xml}, decided from the
 *                  content, never from the file name
 * @param widthPx   its own width in pixels (an SVG's width attribute in pixels, else its view box)
 * @param heightPx  its own height in pixels
 * @param sha256    the SHA-256 of the bytes in lower-case hex: the key under which the asset store
 *                  keeps them once
 */
public record InspectedAsset(String mediaType, int widthPx, int heightPx, String sha256) {
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String SVG = "image/svg+xml";

    public InspectedAsset {
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(sha256, "sha256");
    }
}
