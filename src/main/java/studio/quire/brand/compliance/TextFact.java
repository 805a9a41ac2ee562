package studio.quire.brand.compliance;

import java.util.Objects;

/**
 * One text as it was laid out on a variant, however it was rendered.
 *
 * @param slot            the template slot it fills ("Headline"): how findings name it
 * @param text            the text shown
 * @param requestedFamily the font family the template asked for
 * @param renderedFamily  the family the renderer actually used (differs when the requested one is not installed)
 * @param sizePx          the font size in canvas pixels
 * @param bold            whether it is set bold (weight 600 or more)
 * @param colourRgb       the text colour as 0xRRGGBB
 * @param backgroundRgb   the colour behind it as 0xRRGGBB
 * @param box             where it sits on the canvas
 * @param maxChars        the slot's character limit (0: no limit)
 */
public record TextFact(String slot, String text, String requestedFamily, String renderedFamily, double sizePx,
                       boolean bold, int colourRgb, int backgroundRgb, Box box, int maxChars) {

    public TextFact {
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(requestedFamily, "requestedFamily");
        Objects.requireNonNull(renderedFamily, "renderedFamily");
        Objects.requireNonNull(box, "box");
        if (!(sizePx > 0) || maxChars < 0) {
            throw new IllegalArgumentException(slot + ": a text needs a size above 0 and a limit that is not negative");
        }
        colourRgb &= 0xFFFFFF;
        backgroundRgb &= 0xFFFFFF;
    }
}
