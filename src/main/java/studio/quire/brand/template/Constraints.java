package studio.quire.brand.template;

import java.util.Objects;

/** How a layer follows the canvas across platform sizes, one rule per axis. */
public record Constraints(HorizontalConstraint horizontal, VerticalConstraint vertical) {
    /** Position and size scale with the canvas on both axes. */
    public static final Constraints SCALE = new Constraints(HorizontalConstraint.SCALE, VerticalConstraint.SCALE);
    /** Pinned to the top-left corner at its own size. */
    public static final Constraints TOP_LEFT = new Constraints(HorizontalConstraint.LEFT, VerticalConstraint.TOP);

    public Constraints {
        Objects.requireNonNull(horizontal, "horizontal");
        Objects.requireNonNull(vertical, "vertical");
    }
}
