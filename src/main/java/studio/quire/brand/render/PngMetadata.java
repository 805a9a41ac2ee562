package studio.quire.brand.render;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.zip.CRC32;

/**
 * Where an exported PNG came from, as it travels inside the file's text chunks: the template, its
 * version, the hash of the content that filled it, and the platform size it was drawn for.
 */
public record PngMetadata(UUID templateId, long templateVersion, String contentHash, String platform) {
    public static final String TEMPLATE_ID = "quire:template-id";
    public static final String TEMPLATE_VERSION = "quire:template-version";
    public static final String CONTENT_HASH = "quire:content-hash";
    public static final String PLATFORM = "quire:platform";
    private static final byte[] SIGNATURE = {(byte) 137, 80, 78, 71, 13, 10, 26, 10};

    public PngMetadata {
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(platform, "platform");
    }

    /** The metadata of a render: its template and content, and the platform it was drawn for. */
    public static PngMetadata of(RenderFacts facts, String platform) {
        return new PngMetadata(facts.templateId(), facts.templateVersion(), facts.contentHash(), platform);
    }

    /** The text chunks to write, in order. */
    public Map<String, String> asText() {
        Map<String, String> text = new LinkedHashMap<>();
        text.put("Software", "Quire");
        text.put(TEMPLATE_ID, templateId.toString());
        text.put(TEMPLATE_VERSION, Long.toString(templateVersion));
        text.put(CONTENT_HASH, contentHash);
        text.put(PLATFORM, platform);
        return text;
    }

    /** Quire's metadata from a PNG; an {@link IllegalArgumentException} when it is not there or the file is damaged. */
    public static PngMetadata read(byte[] png) {
        Map<String, String> text = readText(png);
        for (String key : new String[] {TEMPLATE_ID, TEMPLATE_VERSION, CONTENT_HASH, PLATFORM}) {
            if (!text.containsKey(key)) {
                throw new IllegalArgumentException("This PNG was not exported by Quire: it has no \"" + key + "\"");
            }
        }
        return new PngMetadata(UUID.fromString(text.get(TEMPLATE_ID)), Long.parseLong(text.get(TEMPLATE_VERSION)),
                text.get(CONTENT_HASH), text.get(PLATFORM));
    }

    /** Every tEXt and uncompressed iTXt chunk of a PNG, keyword to text, checking each chunk's CRC. */
    public static Map<String, String> readText(byte[] png) {
        if (png.length < 8 || !Arrays.equals(Arrays.copyOf(png, 8), SIGNATURE)) {
            throw new IllegalArgumentException("This file is not a PNG");
        }
        Map<String, String> text = new LinkedHashMap<>();
        int at = 8;
        while (at + 12 <= png.length) {
            int length = readInt(png, at);
            if (length < 0 || at + 12L + length > png.length) {
                throw new IllegalArgumentException("This PNG is cut short or damaged (a chunk runs past its end)");
            }
            String type = new String(png, at + 4, 4, StandardCharsets.US_ASCII);
            CRC32 crc = new CRC32();
            crc.update(png, at + 4, 4 + length);
            if ((int) crc.getValue() != readInt(png, at + 8 + length)) {
                throw new IllegalArgumentException("This PNG is damaged: the " + type + " chunk fails its check");
            }
            if (type.equals("tEXt") || type.equals("iTXt")) {
                put(text, type, Arrays.copyOfRange(png, at + 8, at + 8 + length));
            }
            if (type.equals("IEND")) {
                break;
            }
            at += 12 + length;
        }
        return text;
    }

    private static void put(Map<String, String> text, String type, byte[] body) {
        int zero = 0;
        while (zero < body.length && body[zero] != 0) {
            zero++;
        }
        if (zero >= body.length) {
            return;
        }
        String keyword = new String(body, 0, zero, StandardCharsets.ISO_8859_1);
        if (type.equals("tEXt")) {
            text.put(keyword, new String(body, zero + 1, body.length - zero - 1, StandardCharsets.ISO_8859_1));
            return;
        }
        int flag = zero + 1;
        if (flag + 2 > body.length || body[flag] != 0) {
            return; // compressed iTXt: Quire writes none
        }
        int language = flag + 2;
        while (language < body.length && body[language] != 0) {
            language++;
        }
        int translated = language + 1;
        while (translated < body.length && body[translated] != 0) {
            translated++;
        }
        if (translated < body.length) {
            text.put(keyword, new String(body, translated + 1, body.length - translated - 1, StandardCharsets.UTF_8));
        }
    }

    private static int readInt(byte[] b, int at) {
        return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }
}
