package studio.quire.brand.render;

import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontSmoothingType;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.text.TextBoundsType;
import studio.quire.brand.template.Frame;

/**
 * Sets words in a frame at the largest size that fits, between the slot's bounds: lines wrap at
 * the frame's width, and the size shrinks until the lines fit its height and no word is wider than
 * it. Never below the smallest size: text that still does not fit is cut at the frame and reported.
 */
final class TextFitter {
    /** Sizes are found to within this many pixels. */
    private static final double PRECISION = 0.25;

    /** The text set, its size, and whether it overflows its frame at the smallest size (a class: records stay free of JavaFX). */
    static final class Fitted {
        private final Text node;
        private final double sizePx;
        private final boolean overflows;

        Fitted(Text node, double sizePx, boolean overflows) {
            this.node = node;
            this.sizePx = sizePx;
            this.overflows = overflows;
        }

        Text node() {
            return node;
        }

        double sizePx() {
            return sizePx;
        }

        boolean overflows() {
            return overflows;
        }
    }

    private TextFitter() {
    }

    static Fitted fit(String words, String family, int weight, Frame frame, double startPx, double minPx,
                      TextAlignment alignment) {
        Text text = new Text(words);
        text.setTextOrigin(VPos.TOP);
        text.setBoundsType(TextBoundsType.LOGICAL);
        text.setFontSmoothingType(FontSmoothingType.GRAY);
        text.setTextAlignment(alignment);
        text.setWrappingWidth(frame.width());
        FontWeight fontWeight = FontWeight.findByWeight(weight);
        if (fits(text, family, fontWeight, startPx, frame)) {
            return new Fitted(text, startPx, false);
        }
        if (!fits(text, family, fontWeight, minPx, frame)) {
            return new Fitted(text, minPx, true);
        }
        double low = minPx;
        double high = startPx;
        while (high - low > PRECISION) {
            double mid = (low + high) / 2;
            if (fits(text, family, fontWeight, mid, frame)) {
                low = mid;
            } else {
                high = mid;
            }
        }
        fits(text, family, fontWeight, low, frame);
        return new Fitted(text, low, false);
    }

    /** The font JavaFX gives for this family, weight and size (another family when it is not installed). */
    static Font font(String family, int weight, double sizePx) {
        return Font.font(family, FontWeight.findByWeight(weight), FontPosture.REGULAR, sizePx);
    }

    /** Sets the text at this size and says whether it fits the frame. */
    private static boolean fits(Text text, String family, FontWeight weight, double sizePx, Frame frame) {
        text.setFont(Font.font(family, weight, FontPosture.REGULAR, sizePx));
        Bounds bounds = text.getLayoutBounds();
        // With wrapping, a word longer than the line still sticks out: the bounds grow past the width.
        return bounds.getHeight() <= frame.height() + 0.5 && bounds.getWidth() <= frame.width() + 0.5;
    }
}
