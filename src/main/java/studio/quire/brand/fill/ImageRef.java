package studio.quire.brand.fill;

import java.util.Objects;

/**
 * An image a section's text points at: an image written {@code ![alt](address)} (imported or
 * hand-written Markdown) or a link whose address names an image file ({@code .png}, {@code .jpg}…).
 *
 * @param alt     the image's description, or the link's text; may be empty
 * @param address where the image is, as written
 */
public record ImageRef(String alt, String address) {
    public ImageRef {
        alt = alt == null ? "" : alt.strip();
        Objects.requireNonNull(address, "address");
    }
}
