package studio.quire.diff;

/** A limit on the work of one comparison; when one is hit the result is coarser, never wrong. */
public enum DiffBound {
    /** Too many paragraph edits (or too much work) to align paragraphs: the differing region is replaced whole. */
    PARAGRAPH_EDITS,
    /** Too many edits inside a changed paragraph: it is compared by sentence, or replaced whole. */
    WORD_EDITS,
    /** Too many candidate pairs for near-identical moves: only identical paragraphs are found as moves. */
    MOVE_COMPARISONS,
    /** The whole comparison's work budget ran out: what remained was compared coarsely. */
    TOTAL_WORK
}
