package studio.quire.manuscript;

import java.util.Locale;

/** Where a node stands in its life; the database checks these names. */
public enum NodeStatus {
    DRAFT, IN_REVIEW, APPROVED, PUBLISHED, DISCARDED;

    /** In review, approved and published come from review decisions only; the database refuses other changes. */
    public boolean setByReview() {
        return this == IN_REVIEW || this == APPROVED || this == PUBLISHED;
    }

    /** What a writer can choose for a node now at {@code current}: draft or discarded, or only where a review put it. */
    public static java.util.List<NodeStatus> choicesFrom(NodeStatus current) {
        return current != null && current.setByReview() ? java.util.List.of(current) : java.util.List.of(DRAFT, DISCARDED);
    }

    public String dbName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static NodeStatus fromDb(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
