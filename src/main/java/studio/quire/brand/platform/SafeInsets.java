package studio.quire.brand.platform;

/**
 * How far from each edge a placement's safe zone starts, in pixels: what lies closer to the edge
 * may be covered (a story's buttons) or cut off (the profile grid's crop).
 */
public record SafeInsets(int top, int right, int bottom, int left) {
    /** No inset: the whole canvas is safe. */
    public static final SafeInsets NONE = new SafeInsets(0, 0, 0, 0);

    public SafeInsets {
        if (top < 0 || right < 0 || bottom < 0 || left < 0) {
            throw new IllegalArgumentException("Safe insets cannot be negative (" + top + ", " + right + ", " + bottom
                    + ", " + left + ")");
        }
    }
}
