package studio.quire.brand.template;

import java.util.Objects;
import java.util.Set;

/**
 * Where a text layer's words come from and how much room they have.
 *
 * @param binding    {@code section.title}, {@code section.snippet} or {@code section.body} to take the
 *                   words from the section that fills the template; anything else is the template's own
 *                   text, shown until someone changes it
 * @param maxChars   the most characters (Unicode code points) the slot takes
 * @param minSizePx  the smallest size the text may shrink to so that it fits its frame
 * @param maxSizePx  the largest size it may be set at
 * @param required   whether a variant may be exported with the slot empty
 */
public record TextSlot(String binding, int maxChars, double minSizePx, double maxSizePx, boolean required) {
    /** The bindings a section can fill. */
    public static final Set<String> SECTION_BINDINGS = Set.of("section.title", "section.snippet", "section.body");
    /** The most characters any slot may take (a body on a Pinterest pin is about 500). */
    public static final int MAX_CHARS = 5000;

    public TextSlot {
        Objects.requireNonNull(binding, "binding");
        if (maxChars < 1 || maxChars > MAX_CHARS) {
            throw new IllegalArgumentException("A text slot takes between 1 and " + MAX_CHARS + " characters (this one "
                    + maxChars + ")");
        }
        if (!(minSizePx >= 1 && minSizePx <= maxSizePx && maxSizePx <= 1000)) {
            throw new IllegalArgumentException("A text slot's sizes must run smallest ≤ largest, between 1 and 1000 px"
                    + " (they are " + minSizePx + " ≤ " + maxSizePx + ")");
        }
        if (!boundToSection(binding) && binding.codePointCount(0, binding.length()) > maxChars) {
            throw new IllegalArgumentException("The slot's own text has " + binding.codePointCount(0, binding.length())
                    + " characters, more than the " + maxChars + " it takes");
        }
    }

    /** Whether the words come from the section that fills the template (otherwise {@link #binding()} is the text). */
    public boolean fromSection() {
        return boundToSection(binding);
    }

    private static boolean boundToSection(String binding) {
        return SECTION_BINDINGS.contains(binding);
    }

    /** How many characters this text counts for the slot's limit. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
