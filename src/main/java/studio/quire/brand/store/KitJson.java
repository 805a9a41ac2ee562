package studio.quire.brand.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import studio.quire.brand.BrandAsset;
import studio.quire.brand.KitColour;
import studio.quire.brand.KitFont;
import studio.quire.brand.PreferredTerm;

import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON arrays quire.save_brand_kit takes (V16 names their fields) and the preferred terms as the
 * kit's row keeps them. Plain strings: the repository wraps them for jOOQ.
 */
final class KitJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private KitJson() {
    }

    static String colours(List<KitColour> colours) {
        return write(colours.stream().map(c -> fields("name", c.name(), "hex", c.hex())).toList());
    }

    static String fonts(List<KitFont> fonts) {
        return write(fonts.stream().map(f -> fields("role", f.role(), "family", f.family(), "weight", f.weight(),
                "sizePx", f.sizePx(), "minSizePx", f.minSizePx(), "maxSizePx", f.maxSizePx())).toList());
    }

    /** What a kit's save may change of its assets; their files and sizes stay as they were added. */
    static String assets(List<BrandAsset> assets) {
        return write(assets.stream().map(a -> fields("id", a.id().toString(), "name", a.name(), "kind", a.kind().dbName(),
                "minWidthPx", a.minWidthPx(), "clearSpace", a.clearSpace())).toList());
    }

    static String preferredTerms(List<PreferredTerm> terms) {
        return write(terms.stream().map(t -> fields("use", t.use(), "insteadOf", t.insteadOf())).toList());
    }

    static List<PreferredTerm> preferredTerms(String json) {
        try {
            List<Map<String, String>> terms = JSON.readValue(json, new TypeReference<>() {
            });
            return terms.stream().map(t -> new PreferredTerm(t.get("use"), t.get("insteadOf"))).toList();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("The kit's preferred terms are not readable: " + e.getOriginalMessage(), e);
        }
    }

    private static Map<String, Object> fields(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
