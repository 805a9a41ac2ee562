package studio.quire.compare;

import studio.quire.text.Block;
import studio.quire.text.Span;

import java.util.List;

/**
 * Writes one section's rows as the inline view shows them: each row in the kind of block it has
 * (paragraph, heading, quote, list item, consecutive items in one list), inserted runs in
 * {@code <ins>}, deleted ones in {@code <del>}, whole-row changes marked by a class and a label.
 */
final class HtmlRows {
    private final StringBuilder out;
    /** The list element open around the rows written last ("ul" or "ol"), or null. */
    private String openList;
    /** The number of the last item of the open numbered list that the newer text still has. */
    private int number;

    HtmlRows(StringBuilder out) {
        this.out = out;
    }

    void write(ComparedPart part) {
        for (Row row : part.rows()) {
            row(row);
        }
        closeList();
    }

    private void row(Row row) {
        Block block = row.shownBlock();
        String tag = tag(block);
        list(block);
        out.append('<').append(tag).append(" class=\"row ").append(typeClass(row.type())).append('"');
        if ("ol".equals(openList) && row.type() != Row.Type.DELETED && row.type() != Row.Type.MOVED_AWAY) {
            // items the newer text lost are shown unnumbered, so the others keep the numbers they have now
            out.append(" value=\"").append(++number).append('"');
        }
        out.append('>');
        String label = label(row.type());
        if (label != null) {
            out.append("<span class=\"row-label\">").append(label).append("</span>");
        }
        HtmlText.SpanCursor older = new HtmlText.SpanCursor(row.older());
        HtmlText.SpanCursor newer = new HtmlText.SpanCursor(row.newer());
        for (Piece piece : row.pieces()) {
            piece(piece, older, newer);
        }
        out.append("</").append(tag).append(">\n");
    }

    private void piece(Piece piece, HtmlText.SpanCursor older, HtmlText.SpanCursor newer) {
        List<Span> spans = switch (piece.kind()) {
            case SAME -> {
                older.take(piece.olderText());
                yield newer.take(piece.newerText());
            }
            case INSERTED -> newer.take(piece.newerText());
            case DELETED -> older.take(piece.olderText());
        };
        String text = piece.text();
        if (text.isEmpty()) {
            return;
        }
        String mark = switch (piece.kind()) {
            case SAME -> null;
            case INSERTED -> "ins";
            case DELETED -> "del";
        };
        if (mark != null) {
            out.append('<').append(mark).append('>');
        }
        if (spans == null) {
            HtmlText.escape(out, text);
        } else {
            spans.forEach(span -> HtmlText.span(out, span));
        }
        if (mark != null) {
            out.append("</").append(mark).append('>');
        }
    }

    /** Opens, closes or switches the list around a row, so consecutive items of one kind share a list. */
    private void list(Block block) {
        String wanted = block instanceof Block.BulletItem ? "ul" : block instanceof Block.NumberedItem ? "ol" : null;
        if (wanted != null && wanted.equals(openList)) {
            return;
        }
        closeList();
        if (wanted != null) {
            out.append('<').append(wanted).append(">\n");
            openList = wanted;
            number = 0;
        }
    }

    private void closeList() {
        if (openList != null) {
            out.append("</").append(openList).append(">\n");
            openList = null;
        }
    }

    private static String tag(Block block) {
        if (block instanceof Block.Heading heading) {
            return "h" + heading.level();
        }
        if (block instanceof Block.Quote) {
            return "blockquote";
        }
        return block instanceof Block.BulletItem || block instanceof Block.NumberedItem ? "li" : "p";
    }

    static String typeClass(Row.Type type) {
        return type.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static String label(Row.Type type) {
        return switch (type) {
            case MOVED_HERE -> "Moved here";
            case MOVED_AWAY -> "Moved from here";
            case REFORMATTED -> "Formatting changed";
            default -> null;
        };
    }
}
