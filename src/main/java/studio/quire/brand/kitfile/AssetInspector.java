package studio.quire.brand.kitfile;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The gate every brand asset passes before Quire keeps it, whether it comes from a file the
 * consultant chose or from an imported kit file. It decides what the image is from its bytes (a
 * logo called {@code logo.png} that is really a JPEG is a JPEG), measures it, and refuses what is
 * too large, empty, damaged, not an image, or an SVG that could run a script or fetch another file.
 * Every refusal is an {@link AssetRefusedException} whose message names the file.
 *
 * <p>Thread-safe and without state of its own: one instance can serve the whole studio.
 */
public final class AssetInspector {
    /** The largest asset Quire keeps, in bytes (20 MB). */
    public static final long MAX_BYTES = 20 * Megabytes.MB;
    /** The longest side an asset may have, in pixels. */
    public static final int MAX_SIDE_PX = 12_000;

    private static final Logger LOG = LoggerFactory.getLogger(AssetInspector.class);
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** Decoding a full image only to prove it is whole would cost up to 576 MB; a thumbnail proves the same. */
    private static final int CHECK_DECODE_SIDE = 1024;

    private final SvgInspector svgInspector = new SvgInspector();

    /**
     * The asset's media type, size and SHA-256, or an {@link AssetRefusedException} saying why Quire
     * will not keep it.
     *
     * @param fileName the name the designer knows the file by ("ferry.png"), used in messages only
     * @param bytes    the whole file
     */
    public InspectedAsset inspect(String fileName, byte[] bytes) {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length == 0) {
            throw new AssetRefusedException(fileName + " is empty (0 bytes); choose the image file itself and add it again");
        }
        if (bytes.length > MAX_BYTES) {
            throw new AssetRefusedException(fileName + " is " + Megabytes.overLimit(bytes.length, MAX_BYTES / Megabytes.MB)
                    + "; a brand asset can be at most " + MAX_BYTES / Megabytes.MB + " MB");
        }
        String mediaType = mediaTypeOf(bytes);
        int[] size = switch (mediaType) {
            case InspectedAsset.PNG -> rasterSize(fileName, bytes, "png");
            case InspectedAsset.JPEG -> rasterSize(fileName, bytes, "jpeg");
            case InspectedAsset.SVG -> svgInspector.size(fileName, bytes);
            default -> throw notAnImage(fileName);
        };
        return new InspectedAsset(mediaType, size[0], size[1], sha256(bytes));
    }

    /** The media type the content shows, or "" when it looks like none Quire takes. */
    static String mediaTypeOf(byte[] bytes) {
        if (startsWith(bytes, PNG_SIGNATURE)) {
            return InspectedAsset.PNG;
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return InspectedAsset.JPEG;
        }
        int i = startsWith(bytes, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}) ? 3 : 0;
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n')) {
            i++;
        }
        // Only XML can be an SVG; whether it is one, the parser decides from its root element.
        return i < bytes.length && bytes[i] == '<' ? InspectedAsset.SVG : "";
    }

    static AssetRefusedException notAnImage(String fileName) {
        return new AssetRefusedException(fileName + " is not a PNG, JPEG or SVG image; save it in one of those formats"
                + " and add it again");
    }

    static AssetRefusedException damaged(String fileName) {
        return new AssetRefusedException(fileName + " cannot be read as an image: the file is damaged or incomplete;"
                + " export it again from the program that made it");
    }

    /** Width and height in pixels, refused past {@link #MAX_SIDE_PX} on a side. */
    static int[] checkedSize(String fileName, long width, long height) {
        if (width > MAX_SIDE_PX || height > MAX_SIDE_PX) {
            throw new AssetRefusedException(String.format(Locale.ROOT,
                    "%s is %,d × %,d pixels; a brand asset can be at most %,d pixels on a side, so scale it down and add it again",
                    fileName, width, height, MAX_SIDE_PX));
        }
        return new int[] {(int) width, (int) height};
    }

    private static int[] rasterSize(String fileName, byte[] bytes, String format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new IllegalStateException("This Java has no " + format + " reader");
        }
        ImageReader reader = readers.next();
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        try (MemoryCacheImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(input, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width <= 0 || height <= 0) {
                throw damaged(fileName);
            }
            // Measured before decoding: a few kilobytes can claim 100,000 pixels a side.
            int[] size = checkedSize(fileName, width, height);
            ImageReadParam param = reader.getDefaultReadParam();
            int step = Math.max(1, (Math.max(width, height) + CHECK_DECODE_SIDE - 1) / CHECK_DECODE_SIDE);
            param.setSourceSubsampling(step, step, 0, 0);
            // A truncated JPEG decodes to grey with a warning rather than failing: a warning is damage too.
            if (reader.read(0, param) == null || !warnings.isEmpty()) {
                LOG.info("Refused {} as damaged: {}", fileName, warnings);
                throw damaged(fileName);
            }
            return size;
        } catch (IIOException e) {
            LOG.info("Refused {} as damaged: {}", fileName, e.getMessage());
            throw damaged(fileName);
        } catch (IOException | RuntimeException e) {
            if (e instanceof AssetRefusedException refused) {
                throw refused;
            }
            // ImageIO's decoders throw index and state errors on malformed data, not only IOExceptions.
            LOG.info("Refused {} as damaged", fileName, e);
            throw damaged(fileName);
        } finally {
            reader.dispose();
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
