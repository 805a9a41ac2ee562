package studio.quire.diff;

import java.util.Objects;

/**
 * One operation inside a changed or moved paragraph: a run of text kept, inserted or deleted.
 * A kept run may differ in ignored ways; it then carries both texts, and applying uses the new one.
 *
 * @param kind    EQUAL, INSERT or DELETE
 * @param oldText the run in the old paragraph ("" for an insertion)
 * @param newText the run in the new paragraph ("" for a deletion)
 */
public record WordOp(Kind kind, String oldText, String newText) {
    /** What happened to a run of text. */
    public enum Kind { EQUAL, INSERT, DELETE }

    public WordOp {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(oldText, "oldText");
        Objects.requireNonNull(newText, "newText");
        if ((kind == Kind.INSERT && !oldText.isEmpty()) || (kind == Kind.DELETE && !newText.isEmpty())) {
            throw new IllegalArgumentException("an insertion has no old text and a deletion no new text");
        }
    }

    static WordOp equal(String oldText, String newText) {
        return new WordOp(Kind.EQUAL, oldText, newText);
    }

    static WordOp insert(String text) {
        return new WordOp(Kind.INSERT, "", text);
    }

    static WordOp delete(String text) {
        return new WordOp(Kind.DELETE, text, "");
    }
}
