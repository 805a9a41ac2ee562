package studio.quire.compare.view;

/** How the comparison window lays the two texts out. */
public enum ComparisonMode {
    /** One column: deleted words struck through beside the inserted ones. */
    INLINE,
    /** Two aligned columns: the older text on the left, the newer on the right. */
    SIDE_BY_SIDE
}
