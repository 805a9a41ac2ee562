package studio.quire.review.inbox;

import studio.quire.review.ReviewState;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One notification of the signed-in person.
 *
 * @param requestId    the review request it is about, or null
 * @param requestTitle the request's title, or null when there is none or it cannot be seen
 * @param requestState the request's state now, or null likewise
 */
public record Notification(UUID id, NotificationKind kind, UUID requestId, String message, OffsetDateTime createdAt,
                           boolean read, String requestTitle, ReviewState requestState) {

    /** Where the page after this notification starts. */
    public NotificationCursor cursor() {
        return new NotificationCursor(createdAt, id);
    }

    /** The same notification, read or not. */
    public Notification withRead(boolean value) {
        return new Notification(id, kind, requestId, message, createdAt, value, requestTitle, requestState);
    }
}
