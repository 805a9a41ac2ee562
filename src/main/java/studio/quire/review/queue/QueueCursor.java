package studio.quire.review.queue;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** A place in the queue, soonest due first: the next page starts after it (keyset pagination). */
public record QueueCursor(OffsetDateTime dueAt, UUID requestId) {
    /** Before the first item. */
    public static final QueueCursor START = new QueueCursor(OffsetDateTime.parse("0001-01-01T00:00:00Z"),
            new UUID(0, 0));

    public QueueCursor {
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(requestId, "requestId");
    }
}
