package studio.quire.brand.template;

/**
 * A box on a canvas, in pixels, from its top-left corner.
 */
public record Frame(double x, double y, double width, double height) {

    public Frame {
        if (!(Double.isFinite(x) && Double.isFinite(y) && Double.isFinite(width) && Double.isFinite(height))) {
            throw new IllegalArgumentException("A layer's position and size must be numbers (they are " + x + ", " + y
                    + ", " + width + " × " + height + ")");
        }
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("A layer must be at least 1 px wide and high (it is " + width + " × "
                    + height + ")");
        }
    }

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }

    /** Whether this box lies wholly inside the other (edges may touch). */
    public boolean within(Frame other) {
        return x >= other.x && y >= other.y && right() <= other.right() && bottom() <= other.bottom();
    }

    /** Whether the two boxes share some area. */
    public boolean overlaps(Frame other) {
        return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
    }

    public Frame movedTo(double newX, double newY) {
        return new Frame(newX, newY, width, height);
    }

    public Frame resizedTo(double newWidth, double newHeight) {
        return new Frame(x, y, newWidth, newHeight);
    }
}
