package studio.quire.brand.compliance;

import java.util.Objects;

/**
 * A colour that appears on a variant, and where.
 *
 * @param where what it colours, in a designer's words ("Headline", "Background", "Button fill")
 * @param rgb   the colour as 0xRRGGBB
 */
public record ColourUse(String where, int rgb) {

    public ColourUse {
        Objects.requireNonNull(where, "where");
        rgb &= 0xFFFFFF;
    }
}
