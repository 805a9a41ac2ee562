package studio.quire.brand.platform;

/**
 * The part of a canvas where text and logos are safe, in the canvas's pixels, origin top left.
 *
 * @param x      the left edge
 * @param y      the top edge
 * @param width  its width
 * @param height its height
 */
public record SafeArea(int x, int y, int width, int height) {

    /** The right edge (exclusive). */
    public int right() {
        return x + width;
    }

    /** The bottom edge (exclusive). */
    public int bottom() {
        return y + height;
    }

    /** True when the box {@code (bx, by, bw, bh)} lies wholly inside this area. */
    public boolean contains(double bx, double by, double bw, double bh) {
        return bx >= x && by >= y && bx + bw <= right() && by + bh <= bottom();
    }
}
