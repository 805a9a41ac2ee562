package studio.quire.brand.template;

/** How the lines of a text layer sit in its frame. */
public enum TextAlign {
    LEFT,
    CENTER,
    RIGHT
}
