package studio.quire.brand.compliance;

import java.util.List;
import java.util.Objects;

/**
 * What a compliance check needs to know about one rendered variant, independent of how it was
 * rendered: the canvas, its safe area, and what was placed where in which colours and fonts.
 *
 * @param canvasWidth   in pixels
 * @param canvasHeight  in pixels
 * @param safeArea      the part of the canvas that the platform's own buttons and captions never cover
 *                      (the whole canvas when the platform covers nothing)
 * @param texts         the texts placed, in template order
 * @param logos         the logos placed
 * @param otherElements anything else placed (images, shapes) that a logo's clear space must stay free of
 * @param colours       every colour used, with where
 */
public record VariantFacts(int canvasWidth, int canvasHeight, Box safeArea, List<TextFact> texts, List<LogoFact> logos,
                           List<Box> otherElements, List<ColourUse> colours) {

    public VariantFacts {
        if (canvasWidth <= 0 || canvasHeight <= 0) {
            throw new IllegalArgumentException("A canvas needs a size (it is " + canvasWidth + " × " + canvasHeight + ")");
        }
        Objects.requireNonNull(safeArea, "safeArea");
        texts = List.copyOf(texts);
        logos = List.copyOf(logos);
        otherElements = List.copyOf(otherElements);
        colours = List.copyOf(colours);
    }

    /** The whole canvas as a box. */
    public Box canvas() {
        return new Box(0, 0, canvasWidth, canvasHeight);
    }
}
