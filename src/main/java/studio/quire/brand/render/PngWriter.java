package studio.quire.brand.render;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A small PNG encoder (IHDR, text chunks, IDAT, IEND), so that a PNG can carry where it came from
 * without javafx-swing or ImageIO. Opaque pictures are written as 8-bit RGB, others as RGBA; each
 * row is filtered with PNG's "Sub" filter, which suits flat brand colours well and costs little.
 * Text that Latin-1 can hold goes into {@code tEXt}, other text into {@code iTXt} (UTF-8).
 */
public final class PngWriter {
    private static final byte[] SIGNATURE = {(byte) 137, 80, 78, 71, 13, 10, 26, 10};
    /** Deflate level: 1 to 9. Level 4 keeps a 1080 × 1920 export well under the bench's 150 ms. */
    private static final int LEVEL = 4;

    private PngWriter() {
    }

    /**
     * @param argb  {@code width × height} pixels, row by row, as 0xAARRGGBB
     * @param texts keyword to value, written in this order before the image data
     */
    public static byte[] write(int width, int height, int[] argb, Map<String, String> texts) {
        if (width < 1 || height < 1 || argb.length != (long) width * height) {
            throw new IllegalArgumentException("A PNG of " + width + " × " + height + " needs " + ((long) width * height)
                    + " pixels (there are " + argb.length + ")");
        }
        boolean opaque = true;
        for (int pixel : argb) {
            if ((pixel >>> 24) != 0xFF) {
                opaque = false;
                break;
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(width * height / 4 + 1024);
        out.writeBytes(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 8;
        header[9] = (byte) (opaque ? 2 : 6);
        chunk(out, "IHDR", header);
        for (Map.Entry<String, String> text : texts.entrySet()) {
            chunk(out, latin1(text.getValue()) ? "tEXt" : "iTXt", text(text.getKey(), text.getValue()));
        }
        imageData(out, width, height, argb, opaque);
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void imageData(ByteArrayOutputStream out, int width, int height, int[] argb, boolean opaque) {
        int channels = opaque ? 3 : 4;
        int stride = width * channels;
        byte[] raw = new byte[stride + 1];
        byte[] row = new byte[stride + 1];
        byte[] buffer = new byte[1 << 16];
        Deflater deflater = new Deflater(LEVEL);
        ByteArrayOutputStream data = new ByteArrayOutputStream(buffer.length);
        try {
            for (int y = 0; y < height; y++) {
                int p = y * width;
                for (int x = 0, i = 1; x < width; x++) {
                    int pixel = argb[p + x];
                    raw[i++] = (byte) (pixel >> 16);
                    raw[i++] = (byte) (pixel >> 8);
                    raw[i++] = (byte) pixel;
                    if (!opaque) {
                        raw[i++] = (byte) (pixel >>> 24);
                    }
                }
                row[0] = 1; // Sub: each byte minus the same channel of the pixel to its left
                for (int i = 1; i <= stride; i++) {
                    row[i] = (byte) (raw[i] - (i > channels ? raw[i - channels] : 0));
                }
                deflater.setInput(row);
                while (!deflater.needsInput()) {
                    data.write(buffer, 0, deflater.deflate(buffer));
                }
            }
            deflater.finish();
            while (!deflater.finished()) {
                data.write(buffer, 0, deflater.deflate(buffer));
            }
        } finally {
            deflater.end();
        }
        chunk(out, "IDAT", data.toByteArray());
    }

    private static byte[] text(String keyword, String value) {
        if (keyword.isEmpty() || keyword.length() > 79 || !latin1(keyword)) {
            throw new IllegalArgumentException("A PNG text keyword has 1 to 79 Latin-1 characters (\"" + keyword + "\")");
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(keyword.getBytes(StandardCharsets.ISO_8859_1));
        body.write(0);
        if (latin1(value)) {
            body.writeBytes(value.getBytes(StandardCharsets.ISO_8859_1));
        } else {
            body.writeBytes(new byte[] {0, 0, 0, 0}); // not compressed, method 0, no language, no translated keyword
            body.writeBytes(value.getBytes(StandardCharsets.UTF_8));
        }
        return body.toByteArray();
    }

    static boolean latin1(String s) {
        return s.chars().allMatch(c -> c <= 0xFF && c != 0);
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] length = new byte[4];
        putInt(length, 0, data.length);
        out.writeBytes(length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        byte[] sum = new byte[4];
        putInt(sum, 0, (int) crc.getValue());
        out.writeBytes(sum);
    }

    private static void putInt(byte[] into, int at, int value) {
        into[at] = (byte) (value >>> 24);
        into[at + 1] = (byte) (value >>> 16);
        into[at + 2] = (byte) (value >>> 8);
        into[at + 3] = (byte) value;
    }
}
