package studio.quire.brand.kitfile;

import com.fasterxml.jackson.databind.JsonNode;
import studio.quire.brand.AssetKind;
import studio.quire.brand.BrandAsset;
import studio.quire.brand.BrandKit;
import studio.quire.brand.KitColour;
import studio.quire.brand.KitFont;
import studio.quire.brand.VoiceRules;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Turns a kit file's JSON tree into a new brand kit of an organization, checking every field on the
 * way; the first thing wrong stops the reading with a {@link KitFileException} at its place. One
 * instance per file.
 */
final class KitFileReader {
    private static final Pattern HEX = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final Set<String> MEDIA_TYPES = Set.of(InspectedAsset.PNG, InspectedAsset.JPEG, InspectedAsset.SVG);

    private final JsonFields json;
    private final AssetInspector inspector;
    private final Map<UUID, byte[]> assetBytes = new LinkedHashMap<>();

    KitFileReader(JsonFields json, AssetInspector inspector) {
        this.json = json;
        this.inspector = inspector;
    }

    ImportedKit read(JsonNode root, UUID orgId) {
        if (!root.isObject()) {
            throw json.problem(Place.ROOT, "A brand kit file holds one JSON object { … }; this one holds "
                    + JsonFields.describe(root).toLowerCase(Locale.ROOT) + ". Choose a kit file exported from Quire");
        }
        format(root);
        json.object(root, Place.ROOT, "a brand kit file", List.of(BrandKitFile.FORMAT_FIELD, BrandKitFile.VERSION_FIELD,
                "meta", "color", "typography", "voice", "assets"));
        Place metaPlace = Place.ROOT.field("meta");
        JsonNode meta = json.object(json.required(root, "meta", Place.ROOT, "The file", "\"meta\": {\"name\": \"Harbour Ferries\"}"),
                metaPlace, "the kit's meta", List.of("name"));
        Place namePlace = metaPlace.field("name");
        String name = json.text(json.required(meta, "name", metaPlace, "The kit's meta", "\"name\": \"Harbour Ferries\""),
                namePlace, "\"Harbour Ferries\"");
        json.model(namePlace, () -> BrandKit.empty(orgId, name));

        List<KitColour> colours = colours(root);
        List<KitFont> fonts = fonts(root);
        VoiceRules voice = new VoiceReader(json).voice(root);
        List<BrandAsset> assets = assets(root);
        BrandKit kit = json.model(Place.ROOT, () -> new BrandKit(UUID.randomUUID(), orgId, name, 0, colours, fonts, assets, voice));
        return new ImportedKit(kit, Collections.unmodifiableMap(assetBytes));
    }

    private void format(JsonNode root) {
        JsonNode format = root.get(BrandKitFile.FORMAT_FIELD);
        if (format == null) {
            throw json.problem(Place.ROOT, "This JSON file is not a Quire brand kit: it does not say \"format\": \""
                    + BrandKitFile.FORMAT + "\". Choose a kit file exported from Quire");
        }
        Place formatPlace = Place.ROOT.field(BrandKitFile.FORMAT_FIELD);
        if (!BrandKitFile.FORMAT.equals(format.textValue())) {
            throw json.problem(formatPlace, JsonFields.describe(format) + " is not a Quire brand kit; a kit file says \"format\": \""
                    + BrandKitFile.FORMAT + "\"");
        }
        Place versionPlace = Place.ROOT.field(BrandKitFile.VERSION_FIELD);
        JsonNode versionNode = json.required(root, BrandKitFile.VERSION_FIELD, Place.ROOT, "The file",
                "\"formatVersion\": " + BrandKitFile.VERSION);
        int version = json.wholeNumber(versionNode, versionPlace, String.valueOf(BrandKitFile.VERSION));
        if (version > BrandKitFile.VERSION) {
            throw json.problem(versionPlace, "This kit was written by a newer Quire (format version " + version
                    + "); update Quire to open it (this one reads format version " + BrandKitFile.VERSION + ")");
        }
        if (version < 1) {
            throw json.problem(versionPlace, version + " is not a format version; kit files start at version 1");
        }
    }

    private List<KitColour> colours(JsonNode root) {
        List<KitColour> colours = new ArrayList<>();
        JsonNode color = root.get("color");
        if (color == null) {
            return colours;
        }
        Place colorPlace = Place.ROOT.field("color");
        json.object(color, colorPlace, "the kit's colours", List.of("palette"));
        JsonNode palette = color.get("palette");
        if (palette == null) {
            return colours;
        }
        Place palettePlace = colorPlace.field("palette");
        if (!palette.isObject()) {
            throw json.problem(palettePlace, JsonFields.describe(palette) + " is not a palette; write the colours as"
                    + " { \"Harbour blue\": \"#1A6FB0\", … }");
        }
        Map<String, String> seen = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> entries = palette.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            Place place = palettePlace.field(entry.getKey());
            String hex = json.text(entry.getValue(), place, "\"#1A6FB0\"");
            if (!HEX.matcher(hex).matches()) {
                throw json.problem(place, "\"" + hex + "\" is not a colour; write it as #RRGGBB, like #1A6FB0");
            }
            KitColour colour = json.model(place, () -> new KitColour(entry.getKey(), hex));
            String before = seen.putIfAbsent(colour.name().toLowerCase(Locale.ROOT), colour.name());
            if (before != null) {
                throw json.problem(place, "\"" + colour.name() + "\" is the same name as the colour \"" + before
                        + "\"; give each colour its own name");
            }
            colours.add(colour);
        }
        return colours;
    }

    private List<KitFont> fonts(JsonNode root) {
        List<KitFont> fonts = new ArrayList<>();
        JsonNode typography = root.get("typography");
        if (typography == null) {
            return fonts;
        }
        Place typographyPlace = Place.ROOT.field("typography");
        json.object(typography, typographyPlace, "the kit's typography", List.of("fonts"));
        Place fontsPlace = typographyPlace.field("fonts");
        JsonNode list = json.list(typography, "fonts", fontsPlace, "fonts");
        Map<String, Place> roles = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            Place place = fontsPlace.index(i);
            KitFont font = font(list.get(i), place);
            Place before = roles.putIfAbsent(font.role().toLowerCase(Locale.ROOT), place);
            if (before != null) {
                throw json.problem(place.field("role"), "\"" + font.role() + "\" is already the role of " + before.shown()
                        + "; give each font its own role");
            }
            fonts.add(font);
        }
        return fonts;
    }

    private KitFont font(JsonNode node, Place place) {
        json.object(node, place, "a font", List.of("role", "family", "weight", "size", "minSize", "maxSize"));
        String role = json.text(json.required(node, "role", place, "The font", "\"role\": \"Heading\""),
                place.field("role"), "\"Heading\"");
        String family = json.text(json.required(node, "family", place, "The font", "\"family\": \"Source Serif 4\""),
                place.field("family"), "\"Source Serif 4\"");
        Place weightPlace = place.field("weight");
        JsonNode weightNode = json.required(node, "weight", place, "The font", "\"weight\": 400");
        if (!weightNode.isNumber()) {
            throw json.problem(weightPlace, JsonFields.describe(weightNode) + " is not a weight; use 100, 200, … 900, without quotes");
        }
        double weight = weightNode.doubleValue();
        if (weight < 100 || weight > 900 || weight % 100 != 0) {
            throw json.problem(weightPlace, weightNode.asText() + " is not a weight; use 100, 200, … 900");
        }
        double size = json.number(json.required(node, "size", place, "The font", "\"size\": 16"), place.field("size"), "16");
        double min = node.has("minSize") ? json.number(node.get("minSize"), place.field("minSize"), "12") : size;
        double max = node.has("maxSize") ? json.number(node.get("maxSize"), place.field("maxSize"), "24") : size;
        return json.model(place, () -> new KitFont(role, family, (int) weight, size, min, max));
    }

    private List<BrandAsset> assets(JsonNode root) {
        List<BrandAsset> assets = new ArrayList<>();
        Place assetsPlace = Place.ROOT.field("assets");
        JsonNode list = json.list(root, "assets", assetsPlace, "assets");
        Map<String, Place> names = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            Place place = assetsPlace.index(i);
            BrandAsset asset = asset(list.get(i), place);
            Place before = names.putIfAbsent(asset.name().toLowerCase(Locale.ROOT), place);
            if (before != null) {
                throw json.problem(place.field("name"), "\"" + asset.name() + "\" is already the name of " + before.shown()
                        + "; give each asset its own name");
            }
            assets.add(asset);
        }
        return assets;
    }

    private BrandAsset asset(JsonNode node, Place place) {
        json.object(node, place, "an asset", List.of("name", "kind", "minWidth", "clearSpace", "mediaType", "data"));
        String name = json.text(json.required(node, "name", place, "The asset", "\"name\": \"Logo\""),
                place.field("name"), "\"Logo\"");
        Place kindPlace = place.field("kind");
        String kindText = json.text(json.required(node, "kind", place, "The asset", "\"kind\": \"logo\""), kindPlace, "\"logo\"");
        AssetKind kind = kindOf(kindText, kindPlace);
        int minWidth = node.has("minWidth") ? json.wholeNumber(node.get("minWidth"), place.field("minWidth"), "120") : 0;
        double clearSpace = node.has("clearSpace") ? json.number(node.get("clearSpace"), place.field("clearSpace"), "0.25") : 0;
        Place typePlace = place.field("mediaType");
        String mediaType = json.text(json.required(node, "mediaType", place, "The asset", "\"mediaType\": \"image/png\""),
                typePlace, "\"image/png\"");
        if (!MEDIA_TYPES.contains(mediaType)) {
            throw json.problem(typePlace, "\"" + mediaType + "\" is not an image type Quire keeps; use \"image/png\","
                    + " \"image/jpeg\" or \"image/svg+xml\"");
        }
        Place dataPlace = place.field("data");
        String data = json.text(json.required(node, "data", place, "The asset", "\"data\": \"<the image in base64>\""),
                dataPlace, "\"iVBORw0KGgo…\"");
        byte[] bytes = base64(data, dataPlace);
        InspectedAsset inspected;
        try {
            inspected = inspector.inspect("\"" + name.strip() + "\"", bytes);
        } catch (AssetRefusedException e) {
            throw json.problem(dataPlace, e.getMessage());
        }
        if (!inspected.mediaType().equals(mediaType)) {
            throw json.problem(typePlace, "It says \"" + mediaType + "\" but the data is " + inWords(inspected.mediaType())
                    + "; write \"mediaType\": \"" + inspected.mediaType() + "\"");
        }
        BrandAsset asset = json.model(place, () -> new BrandAsset(UUID.randomUUID(), name, kind, inspected.mediaType(),
                inspected.sha256(), inspected.widthPx(), inspected.heightPx(), minWidth, clearSpace));
        assetBytes.put(asset.id(), bytes);
        return asset;
    }

    private static String inWords(String mediaType) {
        return switch (mediaType) {
            case InspectedAsset.PNG -> "a PNG image";
            case InspectedAsset.JPEG -> "a JPEG image";
            default -> "an SVG image";
        };
    }

    private AssetKind kindOf(String text, Place place) {
        for (AssetKind kind : AssetKind.values()) {
            if (kind.dbName().equals(text)) {
                return kind;
            }
        }
        throw json.problem(place, "\"" + text + "\" is not a kind of asset; use \"logo\", \"image\" or \"icon\"");
    }

    private byte[] base64(String data, Place place) {
        try {
            return Base64.getDecoder().decode(data.replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw json.problem(place, "This is not an image in base64; export the kit again,"
                    + " or put the image's bytes here in base64");
        }
    }
}
