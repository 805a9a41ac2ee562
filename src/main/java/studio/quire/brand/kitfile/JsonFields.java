package studio.quire.brand.kitfile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Typed, strict reading of one kit file's JSON tree: every wrong type, missing or unknown field
 * becomes a {@link KitFileException} at its place and line, saying what was expected.
 */
final class JsonFields {
    private static final int SHOWN_VALUE_CHARS = 40;

    private final JsonLines lines;

    JsonFields(JsonLines lines) {
        this.lines = lines;
    }

    KitFileException problem(Place place, String problem) {
        return new KitFileException(place.shown(), lines.lineOf(place.pointer()), problem);
    }

    /** The node as an object holding only {@code known} fields; {@code what} is "a font", "the voice". */
    JsonNode object(JsonNode node, Place place, String what, List<String> known) {
        if (!node.isObject()) {
            throw problem(place, describe(node) + " is not " + what + "; write " + what + " as an object { … }");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw problem(place.field(name), "Quire does not know the field \"" + name + "\" in " + what
                        + "; remove it or check its spelling (" + what + " has " + String.join(", ", known) + ")");
            }
        }
        return node;
    }

    /** The node as a list, or an empty list when the field is absent. */
    JsonNode list(JsonNode parent, String field, Place place, String ofWhat) {
        JsonNode node = parent.get(field);
        if (node == null) {
            return JsonNodeFactory.instance.arrayNode();
        }
        if (!node.isArray()) {
            throw problem(place, describe(node) + " is not a list; write the " + ofWhat + " as a list [ … ]");
        }
        return node;
    }

    /** A field that must be there; {@code example} shows how to write it ({@code "family": "Inter"}). */
    JsonNode required(JsonNode object, String field, Place place, String what, String example) {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            throw problem(place, what + " has no \"" + field + "\"; add one, like " + example);
        }
        return node;
    }

    String text(JsonNode node, Place place, String example) {
        if (!node.isTextual()) {
            throw problem(place, describe(node) + " is not text; write it in quotes, like " + example);
        }
        return node.textValue();
    }

    /** A whole number, written with or without ".0". */
    int wholeNumber(JsonNode node, Place place, String example) {
        if (!node.isNumber() || node.doubleValue() != Math.rint(node.doubleValue())
                || Math.abs(node.doubleValue()) > Integer.MAX_VALUE) {
            throw problem(place, describe(node) + " is not a whole number; write one without quotes, like " + example);
        }
        return (int) node.doubleValue();
    }

    double number(JsonNode node, Place place, String example) {
        if (!node.isNumber()) {
            throw problem(place, describe(node) + " is not a number; write one without quotes, like " + example);
        }
        return node.doubleValue();
    }

    /** A value built by the brand model, whose own refusal (already in a designer's words) is given at this place. */
    <T> T model(Place place, Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw problem(place, e.getMessage());
        }
    }

    /** The value as a reader would recognise it in the file. */
    static String describe(JsonNode node) {
        if (node.isObject()) {
            return "An object { … }";
        }
        if (node.isArray()) {
            return "A list [ … ]";
        }
        String shown = node.toString();
        return shown.length() > SHOWN_VALUE_CHARS ? shown.substring(0, SHOWN_VALUE_CHARS) + "…" : shown;
    }
}
