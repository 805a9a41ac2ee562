package studio.quire.text;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A run of text inside one block, with its styles and, when it is (part of) a link, the link's
 * address. A span never holds a line break: lines are blocks. Its text must be clean in the sense
 * of {@link TextHygiene#isClean(CharSequence)}; clean pasted or typed text with
 * {@link TextHygiene#clean(String)} first.
 *
 * @param text   the characters, possibly empty (normalization drops empty spans)
 * @param styles bold and italic, stored as an unmodifiable set
 * @param link   the link address, or {@code null} when the span is not a link; an empty address
 *               means no link
 */
public record Span(String text, Set<Style> styles, String link) {

    public Span {
        Objects.requireNonNull(text, "text");
        requireClean(text, "text");
        styles = styles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(styles));
        if (link != null) {
            requireClean(link, "link");
            link = link.isEmpty() ? null : link;
        }
    }

    /** Plain text, no style, no link. */
    public static Span plain(String text) {
        return new Span(text, Set.of(), null);
    }

    /** Text with the given styles and no link. */
    public static Span styled(String text, Style... styles) {
        return new Span(text, styles.length == 0 ? Set.of() : EnumSet.of(styles[0], styles), null);
    }

    /** This span as a link to {@code url}. */
    public Span linkedTo(String url) {
        return new Span(text, styles, url);
    }

    public boolean isBold() {
        return styles.contains(Style.BOLD);
    }

    public boolean isItalic() {
        return styles.contains(Style.ITALIC);
    }

    /** The link address, if this span is a link. */
    public Optional<String> linkUrl() {
        return Optional.ofNullable(link);
    }

    /** True when {@code other} has the same styles and link, so the two can be one span. */
    public boolean looksLike(Span other) {
        return styles.equals(other.styles) && Objects.equals(link, other.link);
    }

    private static void requireClean(String value, String what) {
        if (!TextHygiene.isClean(value) || value.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("A span's " + what
                    + " must hold no line break, control character or lone surrogate: clean it with TextHygiene");
        }
    }
}
