package studio.quire.brand.render;

import studio.quire.brand.template.Frame;
import studio.quire.brand.template.ImageFit;
import studio.quire.brand.template.LayerType;
import studio.quire.brand.template.Placement;

import java.util.List;
import java.util.function.UnaryOperator;

/** What lies under a text layer: the flat colours a contrast check must hold against, and whether an image. */
final class Backgrounds {
    private Backgrounds() {
    }

    /**
     * Collects, top first, the colours of the shapes under the box, down to the first that covers
     * it whole (or the canvas). Returns whether an image or logo lies under part of it.
     */
    static boolean under(List<Placement> placements, int index, Frame box, String canvasHex, UnaryOperator<String> hex,
                         List<String> colours) {
        boolean overImage = false;
        for (int j = index - 1; j >= 0; j--) {
            Placement below = placements.get(j);
            if (!below.frame().overlaps(box)) {
                continue;
            }
            LayerType type = below.layer().type();
            if (type == LayerType.SHAPE) {
                add(colours, hex.apply(below.layer().colour()));
                if (box.within(below.frame())) {
                    return overImage;
                }
            } else if (type == LayerType.IMAGE || type == LayerType.LOGO) {
                overImage = true;
                if (type == LayerType.IMAGE && below.layer().fit() == ImageFit.COVER && box.within(below.frame())) {
                    return true;
                }
            }
        }
        add(colours, canvasHex);
        return overImage;
    }

    private static void add(List<String> colours, String hex) {
        if (!colours.contains(hex)) {
            colours.add(hex);
        }
    }
}
