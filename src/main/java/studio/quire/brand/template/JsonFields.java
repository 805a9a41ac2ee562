package studio.quire.brand.template;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Strict reading of one JSON object of a template file: every field is checked for its type, no
 * field Quire does not know is let through, and each complaint names where it is.
 */
final class JsonFields {
    private final JsonNode node;
    private final String path;

    private JsonFields(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    /** The object at this path, holding only the fields named. */
    static JsonFields of(JsonNode node, String path, Set<String> known) {
        if (node == null || !node.isObject()) {
            throw fail(path, "must be an object { … }");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw fail(path, "has a field \"" + name + "\" that Quire does not know (it knows " + String.join(", ",
                        known.stream().sorted().toList()) + ")");
            }
        }
        return new JsonFields(node, path);
    }

    static TemplateFormatException fail(String path, String what) {
        return new TemplateFormatException("The template file is not right: " + (path.isEmpty() ? "the file" : path)
                + " " + what);
    }

    String where(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    JsonNode required(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw fail(path, "is missing the field \"" + field + "\"");
        }
        return value;
    }

    boolean has(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    String text(String field) {
        JsonNode value = required(field);
        if (!value.isTextual()) {
            throw fail(where(field), "must be text in quotes");
        }
        return value.textValue();
    }

    String optionalText(String field) {
        return has(field) ? text(field) : null;
    }

    long integer(String field) {
        JsonNode value = required(field);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw fail(where(field), "must be a whole number");
        }
        return value.longValue();
    }

    int smallInteger(String field) {
        long value = integer(field);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw fail(where(field), "is far too large (" + value + ")");
        }
        return (int) value;
    }

    double number(String field) {
        JsonNode value = required(field);
        if (!value.isNumber()) {
            throw fail(where(field), "must be a number");
        }
        return value.doubleValue();
    }

    boolean bool(String field) {
        JsonNode value = required(field);
        if (!value.isBoolean()) {
            throw fail(where(field), "must be true or false");
        }
        return value.booleanValue();
    }

    UUID uuid(String field) {
        String value = text(field);
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw fail(where(field), "must be an id like 3f2b…-…, not \"" + value + "\"");
        }
    }

    UUID optionalUuid(String field) {
        return has(field) ? uuid(field) : null;
    }

    /** An enum written in lower case ("left_right"); null when absent and {@code optional}. */
    <E extends Enum<E>> E choice(String field, Class<E> type, boolean optional) {
        if (optional && !has(field)) {
            return null;
        }
        String value = text(field);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().toLowerCase(Locale.ROOT).equals(value)) {
                return constant;
            }
        }
        throw fail(where(field), "cannot be \"" + value + "\" (it can be " + String.join(", ", java.util.Arrays
                .stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList()) + ")");
    }

    static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }
}
