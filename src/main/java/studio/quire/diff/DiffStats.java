package studio.quire.diff;

import java.util.List;

/**
 * What a comparison found, counted in words as a writer counts them. A deletion directly followed
 * by an insertion inside a paragraph is a replacement: the smaller of the two counts as changed,
 * the rest as removed or added.
 *
 * @param wordsAdded       words only in the new text
 * @param wordsRemoved     words only in the old text
 * @param wordsChanged     words replaced by other words
 * @param paragraphsMoved  paragraphs reported as moves
 */
public record DiffStats(int wordsAdded, int wordsRemoved, int wordsChanged, int paragraphsMoved) {
    public static final DiffStats NONE = new DiffStats(0, 0, 0, 0);

    /** The statistics of a list of operations. */
    public static DiffStats of(List<ParagraphOp> ops) {
        int added = 0;
        int removed = 0;
        int changed = 0;
        int moved = 0;
        for (ParagraphOp op : ops) {
            if (op.ignored()) {
                continue;
            }
            switch (op.kind()) {
                case INSERT -> added += Tokens.words(op.newText());
                case DELETE -> removed += Tokens.words(op.oldText());
                case EQUAL -> { }
                case CHANGE, MOVE -> {
                    if (op.kind() == ParagraphOp.Kind.MOVE) {
                        moved++;
                    }
                    int pendingRemoved = 0;
                    for (WordOp w : op.words()) {
                        if (w.kind() == WordOp.Kind.DELETE) {
                            pendingRemoved += Tokens.words(w.oldText());
                        } else if (w.kind() == WordOp.Kind.INSERT) {
                            int inserted = Tokens.words(w.newText());
                            int replaced = Math.min(pendingRemoved, inserted);
                            changed += replaced;
                            added += inserted - replaced;
                            removed += pendingRemoved - replaced;
                            pendingRemoved = 0;
                        } else {
                            removed += pendingRemoved;
                            pendingRemoved = 0;
                        }
                    }
                    removed += pendingRemoved;
                }
                default -> throw new IllegalStateException(op.kind().toString());
            }
        }
        return new DiffStats(added, removed, changed, moved);
    }

    /** Whether nothing was added, removed, changed or moved. */
    public boolean isEmpty() {
        return wordsAdded == 0 && wordsRemoved == 0 && wordsChanged == 0 && paragraphsMoved == 0;
    }
}
