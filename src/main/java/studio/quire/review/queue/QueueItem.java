package studio.quire.review.queue;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A review step waiting for the signed-in person: because of their role, a delegation, or an
 * escalation to them.
 *
 * @param overdue whether the step's due time has passed (as the database's clock says)
 */
public record QueueItem(UUID requestId, UUID orgId, UUID projectId, String title, int stepPosition, String stepName,
                        UUID submittedBy, OffsetDateTime submittedAt, OffsetDateTime dueAt, boolean overdue,
                        UUID claimedBy) {

    /** Where the page after this item starts. */
    public QueueCursor cursor() {
        return new QueueCursor(dueAt, requestId);
    }
}
