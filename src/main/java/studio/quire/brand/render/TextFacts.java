package studio.quire.brand.render;

import studio.quire.brand.template.Frame;

import java.util.List;

/**
 * How one text layer came out: what a compliance check needs to judge it without looking at pixels.
 *
 * @param requestedFamily  the family the kit's font role names
 * @param usedFamily       the family JavaFX actually drew with; differs from the requested one when
 *                         that font is not installed ({@link #fontMissing()})
 * @param sizePx           the size the text was set at, after shrinking to fit (never below the slot's minimum)
 * @param frame            the layer's box on this canvas
 * @param textBounds       the box the laid-out lines take (inside {@code frame} unless {@link #overflows()})
 * @param colourHex        the kit colour the text is drawn in, as {@code #RRGGBB}
 * @param backgroundHexes  every flat colour under the text's box (canvas and shapes), top first
 * @param overImage        whether an image or logo lies under part of the text's box
 * @param overflows        whether the text did not fit its frame even at the smallest size, and was cut off
 */
public record TextFacts(String layerId, String text, String fontRole, String requestedFamily, String usedFamily,
                        int weight, double sizePx, Frame frame, Frame textBounds, String colourName, String colourHex,
                        List<String> backgroundHexes, boolean overImage, boolean overflows) {

    public TextFacts {
        backgroundHexes = List.copyOf(backgroundHexes);
    }

    /** Whether JavaFX drew this text in another family than the kit asks for. */
    public boolean fontMissing() {
        return !requestedFamily.equalsIgnoreCase(usedFamily);
    }
}
