package studio.quire.compare;

import java.util.Objects;

/**
 * A run of a row's text as a view paints it. A SAME run carries both texts (they differ only in
 * ways the options ignore); an INSERTED run only the newer and a DELETED run only the older.
 *
 * @param changeId the change it belongs to, or -1 for text no change touches
 */
public record Piece(Kind kind, String olderText, String newerText, int changeId) {
    /** How a run is painted. */
    public enum Kind { SAME, INSERTED, DELETED }

    public Piece {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(olderText, "olderText");
        Objects.requireNonNull(newerText, "newerText");
    }

    /** The characters shown: the newer ones, except for a deletion. */
    public String text() {
        return kind == Kind.DELETED ? olderText : newerText;
    }

    /** Whether the older side holds this run (shown on the left side by side). */
    public boolean onOlderSide() {
        return kind != Kind.INSERTED;
    }

    /** Whether the newer side holds this run (shown on the right side by side). */
    public boolean onNewerSide() {
        return kind != Kind.DELETED;
    }
}
