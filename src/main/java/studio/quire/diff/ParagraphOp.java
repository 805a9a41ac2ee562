package studio.quire.diff;

import java.util.List;
import java.util.Objects;

/**
 * One operation of a comparison, on whole paragraphs. Paragraph indexes count from 0 on each side;
 * -1 means "not on that side". Operations are ordered as the new text reads, with deletions at the
 * place they were; a MOVE stands where the paragraph arrives and names where it came from.
 *
 * @param kind     what happened to the paragraph
 * @param oldIndex its index in the old text (-1 for an insertion)
 * @param newIndex its index in the new text (-1 for a deletion)
 * @param oldText  its old text ("" for an insertion)
 * @param newText  its new text ("" for a deletion)
 * @param words    for CHANGE and MOVE, the runs kept, inserted and deleted inside it; empty otherwise
 * @param ignored  an insertion or deletion of a paragraph holding only whitespace, when whitespace
 *                 changes are ignored: kept so applying stays exact, but not a change
 */
public record ParagraphOp(Kind kind, int oldIndex, int newIndex, String oldText, String newText, List<WordOp> words,
                          boolean ignored) {
    /** What happened to a paragraph. */
    public enum Kind {
        /** Unchanged (possibly differing only in ignored ways). */
        EQUAL,
        /** Only in the new text. */
        INSERT,
        /** Only in the old text. */
        DELETE,
        /** In both, at the same place, with changes inside ({@link #words()}). */
        CHANGE,
        /** Taken from {@link #oldIndex()} and put at {@link #newIndex()}, possibly with changes inside. */
        MOVE
    }

    public ParagraphOp {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(oldText, "oldText");
        Objects.requireNonNull(newText, "newText");
        words = List.copyOf(words);
        if ((kind == Kind.INSERT) != (oldIndex < 0) || (kind == Kind.DELETE) != (newIndex < 0)) {
            throw new IllegalArgumentException("indexes do not fit " + kind);
        }
        if (ignored && kind != Kind.INSERT && kind != Kind.DELETE) {
            throw new IllegalArgumentException("only insertions and deletions are ignored whole");
        }
    }

    /** An operation that is not ignored. */
    public ParagraphOp(Kind kind, int oldIndex, int newIndex, String oldText, String newText, List<WordOp> words) {
        this(kind, oldIndex, newIndex, oldText, newText, words, false);
    }

    /** Whether this operation is a change a writer would see: not EQUAL, and not ignored. */
    public boolean isChange() {
        return kind != Kind.EQUAL && !ignored;
    }

    ParagraphOp asIgnored() {
        return new ParagraphOp(kind, oldIndex, newIndex, oldText, newText, words, true);
    }

    static ParagraphOp equal(int oldIndex, int newIndex, String oldText, String newText) {
        return new ParagraphOp(Kind.EQUAL, oldIndex, newIndex, oldText, newText, List.of());
    }

    static ParagraphOp insert(int newIndex, String text) {
        return new ParagraphOp(Kind.INSERT, -1, newIndex, "", text, List.of());
    }

    static ParagraphOp delete(int oldIndex, String text) {
        return new ParagraphOp(Kind.DELETE, oldIndex, -1, text, "", List.of());
    }
}
