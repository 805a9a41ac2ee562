package studio.quire.brand.template;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What fills a template's slots for one variant: words and images by layer id, and the hash that
 * names this fill of this template version. The same template version with the same words and
 * images always gives the same hash (and so the same picture); the hash travels into the PNG.
 *
 * @param slotTexts   words by text layer id
 * @param slotImages  kit assets by logo or image layer id, in place of the template's defaults
 * @param contentHash SHA-256 in lower-case hex over the template's id and version and the values above
 */
public record VariantContent(Map<String, String> slotTexts, Map<String, UUID> slotImages, String contentHash) {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public VariantContent {
        slotTexts = Map.copyOf(slotTexts);
        slotImages = Map.copyOf(slotImages);
        Objects.requireNonNull(contentHash, "contentHash");
        if (!SHA256.matcher(contentHash).matches()) {
            throw new IllegalArgumentException("A variant's content hash is 64 lower-case hex digits (it is \""
                    + contentHash + "\")");
        }
    }

    /** This fill of this template version, with its hash computed. */
    public static VariantContent of(Template template, Map<String, String> texts, Map<String, UUID> images) {
        return new VariantContent(texts, images, hash(template, texts, images));
    }

    /** A template with nothing filled: its own texts and default images. */
    public static VariantContent empty(Template template) {
        return of(template, Map.of(), Map.of());
    }

    /** The same fill with one slot's words changed, and its hash computed again. */
    public VariantContent withText(Template template, String layerId, String text) {
        Map<String, String> texts = new TreeMap<>(slotTexts);
        texts.put(layerId, text);
        return of(template, texts, slotImages);
    }

    /** The same fill with one slot's image changed, and its hash computed again. */
    public VariantContent withImage(Template template, String layerId, UUID assetId) {
        Map<String, UUID> images = new TreeMap<>(slotImages);
        images.put(layerId, assetId);
        return of(template, slotTexts, images);
    }

    /** Whether this hash was computed for this template version (a fill of another version is stale). */
    public boolean isFor(Template template) {
        return contentHash.equals(hash(template, slotTexts, slotImages));
    }

    /**
     * SHA-256 over a fixed sequence: a format tag, the template id and version, then texts and
     * images each sorted by layer id. Every string is preceded by its length in bytes, so no two
     * different fills run together into the same bytes.
     */
    static String hash(Template template, Map<String, String> texts, Map<String, UUID> images) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
        put(sha, "quire-variant-content/1");
        put(sha, template.id().toString());
        sha.update(ByteBuffer.allocate(Long.BYTES).putLong(template.version()).array());
        put(sha, "texts");
        for (Map.Entry<String, String> e : new TreeMap<>(texts).entrySet()) {
            put(sha, e.getKey());
            put(sha, Objects.requireNonNull(e.getValue(), "text of " + e.getKey()));
        }
        put(sha, "images");
        for (Map.Entry<String, UUID> e : new TreeMap<>(images).entrySet()) {
            put(sha, e.getKey());
            put(sha, Objects.requireNonNull(e.getValue(), "image of " + e.getKey()).toString());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void put(MessageDigest sha, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        sha.update(bytes);
    }
}
