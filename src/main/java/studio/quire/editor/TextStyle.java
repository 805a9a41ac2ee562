package studio.quire.editor;

import studio.quire.text.Style;

import java.util.EnumSet;
import java.util.Set;

/**
 * The character style of a run of text in the editor: bold, italic and the link address.
 *
 * @param link the link address, or {@code null} when the text is not a link (never empty)
 */
public record TextStyle(boolean bold, boolean italic, String link) {
    public static final TextStyle PLAIN = new TextStyle(false, false, null);

    public TextStyle {
        link = link == null || link.isEmpty() ? null : link;
    }

    public TextStyle withBold(boolean value) {
        return new TextStyle(value, italic, link);
    }

    public TextStyle withItalic(boolean value) {
        return new TextStyle(bold, value, link);
    }

    public TextStyle withLink(String value) {
        return new TextStyle(bold, italic, value);
    }

    /** The stored format's styles of this run. */
    public Set<Style> styles() {
        if (!bold && !italic) {
            return Set.of();
        }
        EnumSet<Style> styles = EnumSet.noneOf(Style.class);
        if (bold) {
            styles.add(Style.BOLD);
        }
        if (italic) {
            styles.add(Style.ITALIC);
        }
        return styles;
    }

    /** The run style of a stored span's styles and link. */
    public static TextStyle of(Set<Style> styles, String link) {
        return new TextStyle(styles.contains(Style.BOLD), styles.contains(Style.ITALIC), link);
    }
}
