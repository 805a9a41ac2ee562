package studio.quire.brand.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A template's layers placed on a canvas of one size, by each layer's constraints (as Penpot
 * re-lays a board): pinned edges keep their distance, {@code LEFT_RIGHT}/{@code TOP_BOTTOM}
 * stretch, {@code CENTER} keeps the offset from the centre, {@code SCALE} scales.
 *
 * @param scale how much text grows or shrinks on this canvas: the smaller of the two axes' ratios,
 *              so that text set for the base canvas still fits
 * @param placements back to front, as the template lists its layers
 */
public record Layout(int width, int height, double scale, List<Placement> placements) {

    public Layout {
        placements = List.copyOf(placements);
    }

    /** Every layer of the template placed on a canvas of {@code width} × {@code height} pixels. */
    public static Layout at(Template template, int width, int height) {
        if (width < 1 || height < 1 || width > Template.MAX_SIDE || height > Template.MAX_SIDE) {
            throw new IllegalArgumentException("A canvas runs from 1 to " + Template.MAX_SIDE + " px on each side (this one is "
                    + width + " × " + height + ")");
        }
        double bw = template.baseWidth();
        double bh = template.baseHeight();
        List<Placement> placed = new ArrayList<>();
        for (Layer layer : template.layers()) {
            Frame f = layer.frame();
            double[] h = axis(f.x(), f.width(), bw, width, horizontal(layer.constraints().horizontal()));
            double[] v = axis(f.y(), f.height(), bh, height, vertical(layer.constraints().vertical()));
            placed.add(new Placement(layer, new Frame(h[0], v[0], h[1], v[1])));
        }
        return new Layout(width, height, Math.min(width / bw, height / bh), placed);
    }

    public Optional<Frame> frame(String layerId) {
        return placements.stream().filter(p -> p.layer().id().equals(layerId)).map(Placement::frame).findFirst();
    }

    private enum Rule { START, END, BOTH, CENTER, SCALE }

    /** Position and length on one axis: {start, length}; a stretched length never drops below 1 px. */
    private static double[] axis(double start, double length, double base, double size, Rule rule) {
        double end = base - start - length;
        return switch (rule) {
            case START -> new double[] {start, length};
            case END -> new double[] {size - end - length, length};
            case BOTH -> new double[] {start, Math.max(1, size - start - end)};
            case CENTER -> new double[] {size / 2 + (start - base / 2), length};
            case SCALE -> new double[] {start * size / base, length * size / base};
        };
    }

    private static Rule horizontal(HorizontalConstraint c) {
        return switch (c) {
            case LEFT -> Rule.START;
            case RIGHT -> Rule.END;
            case LEFT_RIGHT -> Rule.BOTH;
            case CENTER -> Rule.CENTER;
            case SCALE -> Rule.SCALE;
        };
    }

    private static Rule vertical(VerticalConstraint c) {
        return switch (c) {
            case TOP -> Rule.START;
            case BOTTOM -> Rule.END;
            case TOP_BOTTOM -> Rule.BOTH;
            case CENTER -> Rule.CENTER;
            case SCALE -> Rule.SCALE;
        };
    }
}
