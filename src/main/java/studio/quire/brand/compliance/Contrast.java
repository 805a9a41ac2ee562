package studio.quire.brand.compliance;

/**
 * WCAG 2.x contrast between two sRGB colours, given as 0xRRGGBB. Relative luminance linearises each
 * channel (c ≤ 0.04045 → c/12.92, else ((c+0.055)/1.055)^2.4) and weighs them 0.2126 R + 0.7152 G
 * + 0.0722 B; the ratio (L1 + 0.05) / (L2 + 0.05), lighter over darker, runs from 1 to 21.
 * Level AA asks 4.5:1 for normal text and 3:1 for large text (24 px, or 18.66 px bold).
 */
public final class Contrast {
    /** AA for normal text. */
    public static final double NORMAL_TEXT = 4.5;
    /** AA for large text. */
    public static final double LARGE_TEXT = 3.0;
    /** 18 pt at 96 pixels to the inch. */
    public static final double LARGE_PX = 24.0;
    /** 14 pt bold at 96 pixels to the inch (18.666… px, as WCAG rounds it). */
    public static final double LARGE_BOLD_PX = 18.66;

    private static final double[] LINEAR = new double[256];

    static {
        for (int i = 0; i < 256; i++) {
            double c = i / 255.0;
            LINEAR[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
    }

    private Contrast() {
    }

    /** The channel (0 to 255) as linear light, 0 to 1. */
    static double linear(int channel) {
        return LINEAR[channel & 0xFF];
    }

    /** WCAG relative luminance of 0xRRGGBB, from 0 (black) to 1 (white). */
    public static double relativeLuminance(int rgb) {
        return 0.2126 * linear(rgb >> 16) + 0.7152 * linear(rgb >> 8) + 0.0722 * linear(rgb);
    }

    /** The contrast ratio of the two colours, from 1 (same luminance) to 21 (black and white); order does not matter. */
    public static double ratio(int rgb1, int rgb2) {
        double l1 = relativeLuminance(rgb1);
        double l2 = relativeLuminance(rgb2);
        return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    }

    /** Whether text of this size counts as large for WCAG: 24 px or more, or 18.66 px or more in bold. */
    public static boolean isLargeText(double sizePx, boolean bold) {
        return sizePx >= LARGE_PX || (bold && sizePx >= LARGE_BOLD_PX);
    }

    /** The AA ratio that text of this size needs: 3 when large, 4.5 otherwise. */
    public static double requiredRatio(double sizePx, boolean bold) {
        return isLargeText(sizePx, bold) ? LARGE_TEXT : NORMAL_TEXT;
    }
}
