package studio.quire.brand.kitfile;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/** Real, small image files made on the spot: what a designer would add, and what they should not. */
final class TestImages {
    private TestImages() {
    }

    /** A PNG or JPEG ({@code format} "png" or "jpeg") of noise, so that it does not compress to nothing. */
    static byte[] raster(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(12);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] png(int width, int height) {
        return raster("png", width, height);
    }

    static byte[] jpeg(int width, int height) {
        return raster("jpeg", width, height);
    }

    /** An SVG whose root carries {@code rootAttributes} and holds {@code body}. */
    static byte[] svg(String rootAttributes, String body) {
        return ("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" " + rootAttributes + ">"
                + body + "</svg>").getBytes(StandardCharsets.UTF_8);
    }

    /** A plain logo: a harbour-blue circle on a 240 × 120 canvas. */
    static byte[] logoSvg() {
        return svg("width=\"240\" height=\"120\" viewBox=\"0 0 240 120\"", "<circle cx=\"60\" cy=\"60\" r=\"50\" fill=\"#1A6FB0\"/>");
    }
}
