package studio.quire.brand.template;

/** What a layer of a template draws. */
public enum LayerType {
    /** Text from a slot: a section's title, snippet or body, or the template's own words. */
    TEXT,
    /** A photograph or illustration: the template's default, or one the fill puts in its place. */
    IMAGE,
    /** The brand's logo, always shown whole (never cropped). */
    LOGO,
    /** A block of a kit colour. */
    SHAPE
}
