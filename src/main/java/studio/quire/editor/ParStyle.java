package studio.quire.editor;

/**
 * The paragraph style of one line in the editor: which kind of block it is. A numbered item's
 * number is not stored: it is its place among the consecutive numbered items above it (as in the
 * stored format), so the view computes it when it draws the line.
 *
 * @param kind  the block kind
 * @param level the heading level (1 to 3) for {@link Kind#HEADING}, 0 otherwise
 */
public record ParStyle(Kind kind, int level) {
    /** The kinds of block a writer can choose. */
    public enum Kind { BODY, HEADING, QUOTE, BULLET, NUMBERED }

    public static final ParStyle BODY = new ParStyle(Kind.BODY, 0);
    public static final ParStyle QUOTE = new ParStyle(Kind.QUOTE, 0);
    public static final ParStyle BULLET = new ParStyle(Kind.BULLET, 0);
    public static final ParStyle NUMBERED = new ParStyle(Kind.NUMBERED, 0);

    public ParStyle {
        if ((kind == Kind.HEADING) != (level >= 1 && level <= 3)) {
            throw new IllegalArgumentException("Only a heading has a level (1 to 3): " + kind + " " + level);
        }
    }

    public static ParStyle heading(int level) {
        return new ParStyle(Kind.HEADING, level);
    }

    /** True for bulleted and numbered items, which Enter continues. */
    public boolean isListItem() {
        return kind == Kind.BULLET || kind == Kind.NUMBERED;
    }

    /** The CSS style class the view gives the line. */
    public String styleClass() {
        return switch (kind) {
            case BODY -> "par-body";
            case HEADING -> "par-heading-" + level;
            case QUOTE -> "par-quote";
            case BULLET -> "par-bullet";
            case NUMBERED -> "par-numbered";
        };
    }
}
