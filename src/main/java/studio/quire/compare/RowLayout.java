package studio.quire.compare;

import studio.quire.diff.DiffResult;
import studio.quire.diff.ParagraphOp;
import studio.quire.diff.WordOp;
import studio.quire.text.Block;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays one section's engine result out as rows and numbers its changes. A moved paragraph gets a
 * second, MOVED_AWAY row right after the older paragraph that preceded it, so the reader sees where
 * it left; rows are built in one linear pass, however many paragraphs moved.
 */
final class RowLayout {
    private final int part;
    private final List<Block> olderBlocks;
    private final List<Block> newerBlocks;
    private final List<Change> changes;
    private final List<Row> rows = new ArrayList<>();

    RowLayout(int part, List<Block> olderBlocks, List<Block> newerBlocks, List<Change> changes) {
        this.part = part;
        this.olderBlocks = olderBlocks;
        this.newerBlocks = newerBlocks;
        this.changes = changes;
    }

    List<Row> rows(DiffResult result) {
        List<ParagraphOp> ops = result.operations();
        // movedAfter[k + 1]: the moved paragraph whose older place came right after older paragraph k
        ParagraphOp[] movedAfter = new ParagraphOp[olderBlocks.size() + 1];
        for (ParagraphOp op : ops) {
            if (op.kind() == ParagraphOp.Kind.MOVE) {
                movedAfter[op.oldIndex()] = op;
            }
        }
        awayRowsAfter(-1, movedAfter);
        for (ParagraphOp op : ops) {
            rows.add(row(op));
            if (op.kind() != ParagraphOp.Kind.MOVE && op.oldIndex() >= 0) {
                awayRowsAfter(op.oldIndex(), movedAfter);
            }
        }
        return withMoveIds();
    }

    /** A MOVED_AWAY row may come before its paragraph arrives: it takes the move's id once all are numbered. */
    private List<Row> withMoveIds() {
        int[] moveId = new int[olderBlocks.size()];
        for (Row row : rows) {
            if (row.type() == Row.Type.MOVED_HERE) {
                moveId[row.olderIndex()] = row.changeId();
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.type() == Row.Type.MOVED_AWAY) {
                int id = moveId[row.olderIndex()];
                rows.set(i, new Row(row.type(), row.older(), null,
                        List.of(new Piece(Piece.Kind.DELETED, row.older().text(), "", id)), id, row.olderIndex(), -1));
            }
        }
        return rows;
    }

    /** Adds the MOVED_AWAY rows that follow older paragraph {@code anchor}, then those that follow them. */
    private void awayRowsAfter(int anchor, ParagraphOp[] movedAfter) {
        for (int at = anchor; movedAfter[at + 1] != null; at++) {
            ParagraphOp moved = movedAfter[at + 1];
            Block older = olderBlocks.get(moved.oldIndex());
            rows.add(new Row(Row.Type.MOVED_AWAY, older, null,
                    List.of(new Piece(Piece.Kind.DELETED, older.text(), "", -1)), -1, moved.oldIndex(), -1));
        }
    }

    private Row row(ParagraphOp op) {
        return switch (op.kind()) {
            case EQUAL -> equalRow(op);
            case INSERT -> wholeRow(op, Row.Type.INSERTED, null, newerBlocks.get(op.newIndex()), ChangeKind.INSERTED);
            case DELETE -> wholeRow(op, Row.Type.DELETED, olderBlocks.get(op.oldIndex()), null, ChangeKind.DELETED);
            case CHANGE -> changedRow(op);
            case MOVE -> movedRow(op);
        };
    }

    private Row equalRow(ParagraphOp op) {
        Block older = olderBlocks.get(op.oldIndex());
        Block newer = newerBlocks.get(op.newIndex());
        if (BlockLooks.same(older, newer)) {
            return new Row(Row.Type.SAME, older, newer, List.of(new Piece(Piece.Kind.SAME, older.text(), newer.text(), -1)),
                    -1, op.oldIndex(), op.newIndex());
        }
        int id = newChange(ChangeKind.REFORMATTED, older.text(), newer.text());
        return new Row(Row.Type.REFORMATTED, older, newer, List.of(new Piece(Piece.Kind.SAME, older.text(), newer.text(), id)),
                id, op.oldIndex(), op.newIndex());
    }

    private Row wholeRow(ParagraphOp op, Row.Type type, Block older, Block newer, ChangeKind kind) {
        String olderText = older == null ? "" : older.text();
        String newerText = newer == null ? "" : newer.text();
        if (op.ignored()) {
            // a blank line added or taken away while whitespace is ignored: kept for merging, not a change
            return new Row(type, older, newer, List.of(new Piece(Piece.Kind.SAME, olderText, newerText, -1)), -1,
                    op.oldIndex(), op.newIndex());
        }
        int id = newChange(kind, olderText, newerText);
        Piece.Kind paint = type == Row.Type.INSERTED ? Piece.Kind.INSERTED : Piece.Kind.DELETED;
        return new Row(type, older, newer, List.of(new Piece(paint, olderText, newerText, id)), id,
                op.oldIndex(), op.newIndex());
    }

    private Row movedRow(ParagraphOp op) {
        Block older = olderBlocks.get(op.oldIndex());
        Block newer = newerBlocks.get(op.newIndex());
        int id = newChange(ChangeKind.MOVED, older.text(), newer.text());
        List<Piece> pieces = new ArrayList<>(op.words().size());
        for (WordOp w : op.words()) {
            pieces.add(new Piece(paint(w.kind()), w.oldText(), w.newText(), id));
        }
        return new Row(Row.Type.MOVED_HERE, older, newer, pieces, id, op.oldIndex(), op.newIndex());
    }

    /**
     * A changed paragraph: each run of inserted and deleted words is one change, and runs apart
     * only by unchanged spaces are joined, so "the cat sat" → "the dog ran" is one replacement.
     */
    private Row changedRow(ParagraphOp op) {
        List<WordOp> words = op.words();
        List<Piece> pieces = new ArrayList<>(words.size());
        int i = 0;
        while (i < words.size()) {
            if (words.get(i).kind() == WordOp.Kind.EQUAL) {
                pieces.add(new Piece(Piece.Kind.SAME, words.get(i).oldText(), words.get(i).newText(), -1));
                i++;
                continue;
            }
            int end = i;
            while (end < words.size() && (words.get(end).kind() != WordOp.Kind.EQUAL || joinsChanges(words, end))) {
                end++;
            }
            changeGroup(words.subList(i, end), pieces);
            i = end;
        }
        return new Row(Row.Type.CHANGED, olderBlocks.get(op.oldIndex()), newerBlocks.get(op.newIndex()), pieces, -1,
                op.oldIndex(), op.newIndex());
    }

    private static boolean joinsChanges(List<WordOp> words, int at) {
        WordOp w = words.get(at);
        return at + 1 < words.size() && words.get(at + 1).kind() != WordOp.Kind.EQUAL
                && w.oldText().equals(w.newText()) && w.oldText().isBlank();
    }

    private void changeGroup(List<WordOp> group, List<Piece> pieces) {
        StringBuilder olderText = new StringBuilder();
        StringBuilder newerText = new StringBuilder();
        boolean deleted = false;
        boolean inserted = false;
        for (WordOp w : group) {
            olderText.append(w.oldText());
            newerText.append(w.newText());
            deleted |= w.kind() == WordOp.Kind.DELETE;
            inserted |= w.kind() == WordOp.Kind.INSERT;
        }
        ChangeKind kind = deleted && inserted ? ChangeKind.REPLACED : inserted ? ChangeKind.INSERTED : ChangeKind.DELETED;
        int id = newChange(kind, olderText.toString(), newerText.toString());
        for (WordOp w : group) {
            pieces.add(new Piece(paint(w.kind()), w.oldText(), w.newText(), id));
        }
    }

    private static Piece.Kind paint(WordOp.Kind kind) {
        return switch (kind) {
            case EQUAL -> Piece.Kind.SAME;
            case INSERT -> Piece.Kind.INSERTED;
            case DELETE -> Piece.Kind.DELETED;
        };
    }

    private int newChange(ChangeKind kind, String olderText, String newerText) {
        int id = changes.size();
        changes.add(new Change(id, part, rows.size(), kind, olderText, newerText));
        return id;
    }
}
