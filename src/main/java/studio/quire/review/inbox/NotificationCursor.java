package studio.quire.review.inbox;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A place in the inbox, newest first: the next page holds what is older than it, ties on the
 * creation time broken by id (keyset pagination), so a page never repeats or skips a notification.
 */
public record NotificationCursor(OffsetDateTime createdAt, UUID id) {
    /** Before the newest notification. */
    public static final NotificationCursor START = new NotificationCursor(OffsetDateTime.parse("9999-12-31T23:59:59Z"),
            new UUID(-1L, -1L));

    public NotificationCursor {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(id, "id");
    }
}
