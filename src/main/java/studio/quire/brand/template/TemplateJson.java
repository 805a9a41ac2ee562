package studio.quire.brand.template;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A template as one JSON document ({@code "schema": 1}), for files, export and offline copies.
 * Reading is strict: a field Quire does not know, a missing or mistyped field, a duplicate key or
 * another schema is refused with a {@link TemplateFormatException} that says where; nothing is
 * half read. Enum values are written in lower case ({@code "left_right"}).
 */
public final class TemplateJson {
    /** The schema this code writes and the only one it reads. */
    public static final int SCHEMA = 1;
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.INDENT_OUTPUT);
    private static final Set<String> TEMPLATE = Set.of("schema", "id", "name", "version", "baseWidth", "baseHeight",
            "background", "layers");
    private static final Set<String> LAYER = Set.of("id", "name", "type", "frame", "constraints", "locks", "text",
            "colour", "fontRole", "assetId", "fit", "align");
    private static final Set<String> FRAME = Set.of("x", "y", "width", "height");
    private static final Set<String> CONSTRAINTS = Set.of("horizontal", "vertical");
    private static final Set<String> LOCKS = Set.of("movable", "resizable", "removable", "textEditable", "styleEditable");
    private static final Set<String> SLOT = Set.of("binding", "maxChars", "minSizePx", "maxSizePx", "required");

    private TemplateJson() {
    }

    public static String write(Template template) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("id", template.id().toString());
        root.put("name", template.name());
        root.put("version", template.version());
        root.put("baseWidth", template.baseWidth());
        root.put("baseHeight", template.baseHeight());
        root.put("background", template.backgroundColour());
        ArrayNode layers = root.putArray("layers");
        template.layers().forEach(layer -> layers.add(layer(layer)));
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A tree of plain values always writes", e);
        }
    }

    public static Template read(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new TemplateFormatException("The template file is not JSON Quire can read (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + "): "
                    + e.getOriginalMessage(), e);
        }
        JsonFields t = JsonFields.of(root, "", TEMPLATE);
        long schema = t.integer("schema");
        if (schema != SCHEMA) {
            throw new TemplateFormatException("This template file is written in schema " + schema + "; this Quire reads"
                    + " schema " + SCHEMA + (schema > SCHEMA ? ": update Quire to open it" : ""));
        }
        JsonNode layerNodes = t.required("layers");
        if (!layerNodes.isArray()) {
            throw JsonFields.fail("layers", "must be a list [ … ]");
        }
        List<Layer> layers = new ArrayList<>();
        for (int i = 0; i < layerNodes.size(); i++) {
            layers.add(layer(layerNodes.get(i), "layers[" + i + "]"));
        }
        return built("", () -> new Template(t.uuid("id"), t.text("name"), t.integer("version"), t.smallInteger("baseWidth"),
                t.smallInteger("baseHeight"), t.text("background"), layers));
    }

    private static ObjectNode layer(Layer layer) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", layer.id());
        node.put("name", layer.name());
        node.put("type", JsonFields.lower(layer.type()));
        ObjectNode frame = node.putObject("frame");
        frame.put("x", layer.frame().x());
        frame.put("y", layer.frame().y());
        frame.put("width", layer.frame().width());
        frame.put("height", layer.frame().height());
        ObjectNode constraints = node.putObject("constraints");
        constraints.put("horizontal", JsonFields.lower(layer.constraints().horizontal()));
        constraints.put("vertical", JsonFields.lower(layer.constraints().vertical()));
        Locks l = layer.locks();
        ObjectNode locks = node.putObject("locks");
        locks.put("movable", l.movable());
        locks.put("resizable", l.resizable());
        locks.put("removable", l.removable());
        locks.put("textEditable", l.textEditable());
        locks.put("styleEditable", l.styleEditable());
        if (layer.text() != null) {
            TextSlot s = layer.text();
            ObjectNode slot = node.putObject("text");
            slot.put("binding", s.binding());
            slot.put("maxChars", s.maxChars());
            slot.put("minSizePx", s.minSizePx());
            slot.put("maxSizePx", s.maxSizePx());
            slot.put("required", s.required());
        }
        putIfPresent(node, "colour", layer.colour());
        putIfPresent(node, "fontRole", layer.fontRole());
        putIfPresent(node, "assetId", layer.assetId() == null ? null : layer.assetId().toString());
        node.put("fit", JsonFields.lower(layer.fit()));
        node.put("align", JsonFields.lower(layer.align()));
        return node;
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static Layer layer(JsonNode node, String path) {
        JsonFields l = JsonFields.of(node, path, LAYER);
        JsonFields f = JsonFields.of(l.required("frame"), l.where("frame"), FRAME);
        JsonFields c = JsonFields.of(l.required("constraints"), l.where("constraints"), CONSTRAINTS);
        JsonFields k = JsonFields.of(l.required("locks"), l.where("locks"), LOCKS);
        Frame frame = built(l.where("frame"), () -> new Frame(f.number("x"), f.number("y"), f.number("width"),
                f.number("height")));
        Constraints constraints = new Constraints(c.choice("horizontal", HorizontalConstraint.class, false),
                c.choice("vertical", VerticalConstraint.class, false));
        Locks locks = new Locks(k.bool("movable"), k.bool("resizable"), k.bool("removable"), k.bool("textEditable"),
                k.bool("styleEditable"));
        TextSlot slot = null;
        if (l.has("text")) {
            JsonFields s = JsonFields.of(l.required("text"), l.where("text"), SLOT);
            slot = built(l.where("text"), () -> new TextSlot(s.text("binding"), s.smallInteger("maxChars"),
                    s.number("minSizePx"), s.number("maxSizePx"), s.bool("required")));
        }
        TextSlot text = slot;
        return built(path, () -> new Layer(l.text("id"), l.text("name"), l.choice("type", LayerType.class, false), frame,
                constraints, locks, text, l.optionalText("colour"), l.optionalText("fontRole"), l.optionalUuid("assetId"),
                l.choice("fit", ImageFit.class, true), l.choice("align", TextAlign.class, true)));
    }

    private interface Build<T> {
        T get();
    }

    /** Builds a value, turning its own check's complaint into one that says where in the file it is. */
    private static <T> T built(String path, Build<T> build) {
        try {
            return build.get();
        } catch (TemplateFormatException e) {
            throw e;
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new TemplateFormatException("The template file is not right" + (path.isEmpty() ? "" : " at " + path)
                    + ": " + e.getMessage(), e);
        }
    }
}
