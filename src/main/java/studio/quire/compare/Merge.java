package studio.quire.compare;

import studio.quire.text.Block;
import studio.quire.text.Document;
import studio.quire.text.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the merged text of a comparison from the writer's choices: an accepted change takes the
 * newer side, a rejected one keeps the older side; a moved paragraph rejected stays where it was.
 * With every change accepted the result is the newer text, with every change rejected the older
 * one (the options' ignored differences come from the newer text). Inside a paragraph with some
 * changes taken and some not, each run keeps the styles it had on the side it came from.
 */
public final class Merge {
    private Merge() {
    }

    /** The merged text of every section, in the comparison's order. */
    public static List<Document> apply(Comparison comparison, MergeChoices choices) {
        return comparison.parts().stream().map(part -> apply(part, choices)).toList();
    }

    /** The merged text of one section. */
    public static Document apply(ComparedPart part, MergeChoices choices) {
        List<Block> blocks = new ArrayList<>(part.rows().size());
        for (Row row : part.rows()) {
            Block kept = kept(row, choices);
            if (kept != null) {
                blocks.add(kept);
            }
        }
        return new Document(blocks).normalized();
    }

    private static Block kept(Row row, MergeChoices choices) {
        boolean accepted = row.changeId() < 0 || choices.isAccepted(row.changeId());
        return switch (row.type()) {
            case SAME -> row.newer();
            case REFORMATTED -> accepted ? row.newer() : row.older();
            case INSERTED, MOVED_HERE -> accepted ? row.newer() : null;
            case DELETED, MOVED_AWAY -> accepted ? null : row.older();
            case CHANGED -> changed(row, choices);
        };
    }

    private static Block changed(Row row, MergeChoices choices) {
        boolean anyAccepted = false;
        boolean anyRejected = false;
        for (Piece piece : row.pieces()) {
            if (piece.changeId() >= 0) {
                boolean accepted = choices.isAccepted(piece.changeId());
                anyAccepted |= accepted;
                anyRejected |= !accepted;
            }
        }
        if (!anyRejected) {
            return row.newer();
        }
        if (!anyAccepted) {
            return row.older();
        }
        List<Span> spans = new ArrayList<>();
        int olderAt = 0;
        int newerAt = 0;
        for (Piece piece : row.pieces()) {
            boolean accepted = piece.changeId() < 0 || choices.isAccepted(piece.changeId());
            int olderEnd = olderAt + piece.olderText().length();
            int newerEnd = newerAt + piece.newerText().length();
            if (piece.kind() == Piece.Kind.SAME || (piece.kind() == Piece.Kind.INSERTED && accepted)) {
                spans.addAll(SpanSlices.slice(row.newer().spans(), newerAt, newerEnd));
            } else if (piece.kind() == Piece.Kind.DELETED && !accepted) {
                spans.addAll(SpanSlices.slice(row.older().spans(), olderAt, olderEnd));
            }
            olderAt = olderEnd;
            newerAt = newerEnd;
        }
        return row.newer().withSpans(spans);
    }
}
