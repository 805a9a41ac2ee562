package studio.quire.brand;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A named colour of a brand kit. Templates refer to it by {@link #name()}, never by a copy of its
 * value, so changing the kit's "Harbour blue" changes every template that uses it.
 *
 * @param name a name unique within its kit ("Harbour blue", "Ink")
 * @param hex  sRGB as {@code #RRGGBB}, kept upper case
 */
public record KitColour(String name, String hex) {
    private static final Pattern HEX = Pattern.compile("#[0-9A-Fa-f]{6}");

    public KitColour {
        name = BrandNames.require(name, "A colour");
        Objects.requireNonNull(hex, "hex");
        if (!HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("The colour \"" + name + "\" must be written as #RRGGBB, like #1A2B3C (it is \""
                    + hex + "\")");
        }
        hex = hex.toUpperCase(Locale.ROOT);
    }

    /** The colour as 0xRRGGBB. */
    public int rgb() {
        return Integer.parseInt(hex.substring(1), 16);
    }

    public int red() {
        return (rgb() >> 16) & 0xFF;
    }

    public int green() {
        return (rgb() >> 8) & 0xFF;
    }

    public int blue() {
        return rgb() & 0xFF;
    }
}
