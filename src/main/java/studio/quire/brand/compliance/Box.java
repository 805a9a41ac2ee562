package studio.quire.brand.compliance;

/**
 * A rectangle on the canvas, in canvas pixels, measured from the top-left corner.
 *
 * @param x left edge
 * @param y top edge
 * @param w width, not negative
 * @param h height, not negative
 */
public record Box(double x, double y, double w, double h) {

    public Box {
        if (!(w >= 0 && h >= 0) || !Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(w) || !Double.isFinite(h)) {
            throw new IllegalArgumentException("A box needs a finite position and a size that is not negative (it is " + x
                    + ", " + y + ", " + w + " × " + h + ")");
        }
    }

    public double right() {
        return x + w;
    }

    public double bottom() {
        return y + h;
    }

    /** This box grown by {@code margin} on every side. */
    public Box grow(double margin) {
        return new Box(x - margin, y - margin, w + 2 * margin, h + 2 * margin);
    }

    /** Whether the two boxes share some area; boxes that only touch along an edge do not. */
    public boolean overlaps(Box other) {
        return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
    }

    /** Whether {@code other} lies wholly inside this box (edges included). */
    public boolean contains(Box other) {
        return other.x >= x && other.y >= y && other.right() <= right() && other.bottom() <= bottom();
    }

    /** The empty space between the two boxes: the larger of the horizontal and vertical gaps, 0 when they meet. */
    public double gapTo(Box other) {
        double dx = Math.max(0, Math.max(other.x - right(), x - other.right()));
        double dy = Math.max(0, Math.max(other.y - bottom(), y - other.bottom()));
        return Math.max(dx, dy);
    }
}
