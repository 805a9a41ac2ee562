package studio.quire.compare;

import studio.quire.text.Block;

import java.util.List;
import java.util.Objects;

/**
 * One line of a comparison: a paragraph as it was, is, or both, in the newer text's reading order,
 * with a moved paragraph shown both where it went (MOVED_HERE) and where it was (MOVED_AWAY).
 * Side by side, a row is one aligned pair: the older block on the left, the newer on the right.
 *
 * @param type       what happened to the paragraph
 * @param older      the older block (null when the older text does not have it on this row)
 * @param newer      the newer block (null when the newer text does not have it on this row)
 * @param pieces     the text as the inline view paints it
 * @param changeId   the change covering the whole row (inserted, deleted, moved or reformatted
 *                   paragraphs), or -1 when there is none or the changes are inside ({@link Piece#changeId()})
 * @param olderIndex the paragraph's index in the older section (-1 when not in it)
 * @param newerIndex the paragraph's index in the newer section (-1 when not in it)
 */
public record Row(Type type, Block older, Block newer, List<Piece> pieces, int changeId, int olderIndex,
                  int newerIndex) {
    /** What happened to a paragraph. */
    public enum Type {
        /** Unchanged. */
        SAME,
        /** Only in the newer text. */
        INSERTED,
        /** Only in the older text. */
        DELETED,
        /** In both, with words changed inside. */
        CHANGED,
        /** The same words, another style or kind of block. */
        REFORMATTED,
        /** Where a moved paragraph arrives, with any edits made to it. */
        MOVED_HERE,
        /** Where a moved paragraph was; the older block, nothing on the newer side. */
        MOVED_AWAY
    }

    public Row {
        Objects.requireNonNull(type, "type");
        pieces = List.copyOf(pieces);
    }

    /** The block whose kind (heading, quote, list item) the inline view gives this row. */
    public Block shownBlock() {
        return newer != null && type != Type.MOVED_AWAY ? newer : older;
    }
}
