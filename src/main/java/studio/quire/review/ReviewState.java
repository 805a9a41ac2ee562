package studio.quire.review;

import java.util.Locale;

/** Where a review request stands (review_request.state); the database checks these names and moves between them. */
public enum ReviewState {
    IN_REVIEW, CHANGES_REQUESTED, APPROVED, PUBLISHED, DISCARDED;

    /** Whether the request still waits for decisions or changes (so nothing of it can be submitted anew). */
    public boolean isOpen() {
        return this == IN_REVIEW || this == CHANGES_REQUESTED;
    }

    public String dbName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The state of this stored name; null stays null (a notification without a request). */
    public static ReviewState fromDb(String name) {
        return name == null ? null : valueOf(name.toUpperCase(Locale.ROOT));
    }
}
