package studio.quire.brand;

import java.util.Objects;

/**
 * The typeface a brand uses for one role of text.
 *
 * @param role      what the text is ("Heading", "Body", "Caption"); unique within its kit, and what
 *                  a template's text slot names
 * @param family    the font family as the system knows it ("Source Serif 4"); a family that is not
 *                  installed is reported, never replaced silently by another
 * @param weight    CSS weight, 100 to 900 (400 regular, 700 bold)
 * @param sizePx    the size at which the role is set, in pixels of a 1080-pixel-wide canvas
 * @param minSizePx the smallest size a template may shrink it to
 * @param maxSizePx the largest size a template may grow it to
 */
public record KitFont(String role, String family, int weight, double sizePx, double minSizePx, double maxSizePx) {

    public KitFont {
        role = BrandNames.require(role, "A font role");
        family = BrandNames.require(Objects.requireNonNull(family, "family"), "The font of " + role);
        if (weight < 100 || weight > 900 || weight % 100 != 0) {
            throw new IllegalArgumentException("The weight of " + role + " must be 100, 200, … or 900 (it is " + weight + ")");
        }
        if (!(minSizePx > 0 && minSizePx <= sizePx && sizePx <= maxSizePx && maxSizePx <= 1000)) {
            throw new IllegalArgumentException("The sizes of " + role + " must run smallest ≤ size ≤ largest, between 0 and 1000 px"
                    + " (they are " + minSizePx + " ≤ " + sizePx + " ≤ " + maxSizePx + ")");
        }
    }

    /** A role set at one size that templates may not change. */
    public static KitFont fixed(String role, String family, int weight, double sizePx) {
        return new KitFont(role, family, weight, sizePx, sizePx, sizePx);
    }

    public boolean bold() {
        return weight >= 600;
    }
}
