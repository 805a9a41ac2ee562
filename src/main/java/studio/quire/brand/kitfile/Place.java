package studio.quire.brand.kitfile;

import com.fasterxml.jackson.core.JsonPointer;

import java.util.regex.Pattern;

/**
 * A place in a kit file, both as a reader is shown it ({@code color.palette["Harbour blue"]},
 * {@code typography.fonts[1].weight}) and as the JSON pointer that finds its line.
 */
record Place(String shown, JsonPointer pointer) {
    static final Place ROOT = new Place("", JsonPointer.empty());
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    Place field(String name) {
        String step;
        if (PLAIN.matcher(name).matches()) {
            step = shown.isEmpty() ? name : "." + name;
        } else {
            step = "[\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
        }
        return new Place(shown + step, pointer.appendProperty(name));
    }

    Place index(int index) {
        return new Place(shown + "[" + index + "]", pointer.appendIndex(index));
    }
}
