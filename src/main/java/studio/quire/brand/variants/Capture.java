package studio.quire.brand.variants;

import studio.quire.brand.render.PngMetadata;

/**
 * How the variants page takes a variant's pixels: the view implements it with the one renderer's
 * pane ({@code PngExport.capture}), so the view model never touches scene classes. Called on the
 * FX thread; the PNG it hands back is encoded later on a background thread.
 */
@FunctionalInterface
public interface Capture {

    /** The pixels of the variant drawn for this placement, taken now; null when it is not drawn yet. */
    Png capture(String platformId);

    /** Captured pixels waiting to be encoded. */
    @FunctionalInterface
    interface Png {
        /** The PNG bytes at true pixel size with the metadata inside. Runs on any thread. */
        byte[] encode(PngMetadata metadata);
    }
}
