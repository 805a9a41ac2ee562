package studio.quire.brand.template;

/**
 * How a layer follows the canvas when its width changes (Penpot's {@code constraints-h}).
 */
public enum HorizontalConstraint {
    /** Keeps its distance from the left edge and its width. */
    LEFT,
    /** Keeps its distance from the right edge and its width. */
    RIGHT,
    /** Keeps both distances; its width follows the canvas. */
    LEFT_RIGHT,
    /** Keeps its offset from the canvas's centre and its width. */
    CENTER,
    /** Position and width scale with the canvas. */
    SCALE
}
