package studio.quire.brand.compliance;

import java.util.Objects;

/**
 * One logo as it was placed on a variant.
 *
 * @param asset      the asset's name ("Harbour mark"): how findings name it
 * @param box        where it sits on the canvas
 * @param minWidthPx the smallest width the kit allows (0: no minimum)
 * @param clearSpace the space to keep clear on every side, as a fraction of the logo's shown height
 */
public record LogoFact(String asset, Box box, int minWidthPx, double clearSpace) {

    public LogoFact {
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(box, "box");
        if (minWidthPx < 0 || !(clearSpace >= 0)) {
            throw new IllegalArgumentException(asset + ": the minimum width and the clear space cannot be negative");
        }
    }
}
