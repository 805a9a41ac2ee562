package studio.quire.brand.template;

/** How an image fills its layer's frame; both keep the image's proportions. */
public enum ImageFit {
    /** Fills the whole frame, cropping what falls outside (centred). */
    COVER,
    /** Shows the whole image inside the frame, centred; logos are always shown this way. */
    CONTAIN
}
