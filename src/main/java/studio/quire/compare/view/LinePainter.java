package studio.quire.compare.view;

import javafx.scene.Node;
import javafx.scene.text.Text;
import studio.quire.compare.Comparison;
import studio.quire.compare.MergeChoices;
import studio.quire.compare.Piece;
import studio.quire.compare.Row;
import studio.quire.text.Block;
import studio.quire.text.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a row into Text nodes, one per styled run of each piece, with the style classes the CSS
 * paints: {@code inserted}, {@code deleted}, {@code rejected} (the merged text will not take it)
 * and {@code current-change}. Cheap, since cells call it each time they show another line.
 */
final class LinePainter {
    /** Which text a column shows. */
    enum Side { INLINE, OLDER, NEWER }

    private final Comparison comparison;
    private final MergeChoices choices;
    private final int current;

    LinePainter(Comparison comparison, MergeChoices choices, int current) {
        this.comparison = comparison;
        this.choices = choices;
        this.current = current;
    }

    /** Whether {@code side} shows anything of the row: a side lacking the paragraph shows a filler. */
    static boolean shows(Row row, Side side) {
        return switch (side) {
            case INLINE -> true;
            case OLDER -> row.older() != null && row.type() != Row.Type.MOVED_HERE && row.type() != Row.Type.INSERTED;
            case NEWER -> row.newer() != null && row.type() != Row.Type.MOVED_AWAY && row.type() != Row.Type.DELETED;
        };
    }

    List<Node> texts(Row row, Side side, String marker) {
        List<Node> nodes = new ArrayList<>(row.pieces().size() + 1);
        if (!marker.isEmpty()) {
            Text text = new Text(marker + " ");
            text.getStyleClass().add("list-marker");
            nodes.add(text);
        }
        if (!shows(row, side)) {
            return nodes;
        }
        int olderAt = 0;
        int newerAt = 0;
        for (Piece piece : row.pieces()) {
            boolean included = side == Side.INLINE || (side == Side.OLDER ? piece.onOlderSide() : piece.onNewerSide());
            boolean fromOlder = side == Side.OLDER || (side == Side.INLINE && piece.kind() == Piece.Kind.DELETED)
                    || row.newer() == null;
            if (included) {
                String text = fromOlder ? piece.olderText() : piece.newerText();
                int first = nodes.size();
                addRuns(nodes, fromOlder ? row.older() : row.newer(), fromOlder ? olderAt : newerAt, text, classes(piece));
                if (piece.changeId() >= 0) {
                    // a click on these words makes their change the current one
                    nodes.subList(first, nodes.size()).forEach(node -> node.setUserData(piece.changeId()));
                }
            }
            olderAt += piece.olderText().length();
            newerAt += piece.newerText().length();
        }
        return nodes;
    }

    private String[] classes(Piece piece) {
        String kind = switch (piece.kind()) {
            case SAME -> "same";
            case INSERTED -> "inserted";
            case DELETED -> "deleted";
        };
        if (piece.changeId() < 0) {
            return new String[] {"diff-text", kind};
        }
        List<String> classes = new ArrayList<>(5);
        classes.add("diff-text");
        classes.add(kind);
        classes.add("changed");
        if (!choices.isAccepted(piece.changeId())) {
            classes.add("rejected");
        }
        if (piece.changeId() == current) {
            classes.add("current-change");
        }
        return classes.toArray(String[]::new);
    }

    /** The text as runs with the block's bold, italic and links, or one plain run when they do not line up. */
    private static void addRuns(List<Node> nodes, Block block, int from, String text, String[] classes) {
        if (text.isEmpty()) {
            return;
        }
        int to = from + text.length();
        if (block == null || block.spans().size() <= 1 || to > block.text().length()) {
            Span only = block == null || block.spans().isEmpty() ? null : block.spans().get(0);
            nodes.add(run(text, classes, block != null && block.spans().size() == 1 ? only : null));
            return;
        }
        int at = 0;
        for (Span span : block.spans()) {
            int start = at;
            int end = at + span.text().length();
            at = end;
            if (end <= from || start >= to) {
                continue;
            }
            nodes.add(run(text.substring(Math.max(from, start) - from, Math.min(to, end) - from), classes, span));
        }
    }

    private static Text run(String text, String[] classes, Span span) {
        Text node = new Text(text);
        node.getStyleClass().addAll(classes);
        if (span != null) {
            if (span.isBold()) {
                node.getStyleClass().add("bold");
            }
            if (span.isItalic()) {
                node.getStyleClass().add("italic");
            }
            if (span.link() != null) {
                node.getStyleClass().add("link");
            }
        }
        return node;
    }

    /** The change a click on {@code line} means: the words clicked, else the row's own or first change. */
    static int changeAt(ComparisonLine line, Object clickedUserData) {
        if (clickedUserData instanceof Integer id) {
            return id;
        }
        if (line == null || line.isTitle()) {
            return -1;
        }
        if (line.content().changeId() >= 0) {
            return line.content().changeId();
        }
        return line.content().pieces().stream().mapToInt(Piece::changeId).filter(id -> id >= 0).findFirst().orElse(-1);
    }

    /** The classes of a whole line: what happened to it, whether it is current or rejected. */
    List<String> lineClasses(Row row) {
        List<String> classes = new ArrayList<>(4);
        classes.add("row-" + row.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        if (row.changeId() >= 0 && !choices.isAccepted(row.changeId())) {
            classes.add("rejected-row");
        }
        if (row.changeId() == current && current >= 0
                || current >= 0 && row.pieces().stream().anyMatch(p -> p.changeId() == current)) {
            classes.add("current-change");
        }
        return classes;
    }

    /** The class a block's kind gives its column: a heading, a quote or a list item. */
    static String blockClass(Block block) {
        if (block instanceof Block.Heading h) {
            return "block-heading-" + h.level();
        }
        if (block instanceof Block.Quote) {
            return "block-quote";
        }
        if (block instanceof Block.BulletItem || block instanceof Block.NumberedItem) {
            return "block-list-item";
        }
        return "block-paragraph";
    }

    /** The small label over a moved or reformatted paragraph, or "" for none. */
    String badge(ComparisonLine line, Side side) {
        Row row = line.content();
        boolean rejected = row.changeId() >= 0 && !choices.isAccepted(row.changeId());
        return switch (row.type()) {
            case MOVED_HERE -> side == Side.OLDER ? "" : rejected ? "Moved here · rejected: stays where it was" : "Moved here";
            case MOVED_AWAY -> side == Side.NEWER ? "" : "Moved away " + (movesDown(line) ? "↓" : "↑")
                    + (rejected ? " · rejected: stays here" : "");
            case REFORMATTED -> side == Side.OLDER ? "" : rejected ? "Formatting changed · rejected" : "Formatting changed";
            default -> "";
        };
    }

    private boolean movesDown(ComparisonLine line) {
        int id = line.content().changeId();
        if (comparison == null || id < 0 || id >= comparison.changes().size()) {
            return true;
        }
        var change = comparison.change(id);
        return change.part() > line.part() || change.part() == line.part() && change.row() > line.row();
    }
}
