package studio.quire.brand.template;

/**
 * How a layer follows the canvas when its height changes (Penpot's {@code constraints-v}).
 */
public enum VerticalConstraint {
    /** Keeps its distance from the top edge and its height. */
    TOP,
    /** Keeps its distance from the bottom edge and its height. */
    BOTTOM,
    /** Keeps both distances; its height follows the canvas. */
    TOP_BOTTOM,
    /** Keeps its offset from the canvas's centre and its height. */
    CENTER,
    /** Position and height scale with the canvas. */
    SCALE
}
