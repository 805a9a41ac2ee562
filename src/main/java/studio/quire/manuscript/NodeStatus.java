package studio.quire.manuscript;

import java.util.Locale;

/** Where a node stands in its life; the database checks these names. */
public enum NodeStatus {
    DRAFT, IN_REVIEW, APPROVED, PUBLISHED, DISCARDED;

    public String dbName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static NodeStatus fromDb(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
