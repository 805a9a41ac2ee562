package studio.quire.brand.render;

import java.util.Objects;

/**
 * The pixels of one rendering, taken on the FX thread, ready to be encoded on another.
 * Not a record: the array is the rendering's own and is compared by content nowhere.
 */
public final class CapturedPixels {
    private final int width;
    private final int height;
    private final int[] argb;

    CapturedPixels(int width, int height, int[] argb) {
        this.width = width;
        this.height = height;
        this.argb = Objects.requireNonNull(argb, "argb");
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The pixel at (x, y) as 0xAARRGGBB. */
    public int argb(int x, int y) {
        return argb[y * width + x];
    }

    int[] array() {
        return argb;
    }
}
