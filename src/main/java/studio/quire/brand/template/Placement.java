package studio.quire.brand.template;

import java.util.Objects;

/** A layer and where it lands on one canvas. */
public record Placement(Layer layer, Frame frame) {

    public Placement {
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(frame, "frame");
    }
}
