package studio.quire.review.queue;

import java.time.OffsetDateTime;
import java.util.UUID;

import studio.quire.review.ReviewRepository;
/**
 * What the queue shows of what waits: a step, a project, a submitter, items submitted before a
 * moment (older than an age), overdue ones only. A null part does not filter. Applied in the
 * database ({@link ReviewRepository}), so keyset pages stay whole whatever the filters.
 */
public record QueueFilter(String stepName, UUID projectId, UUID submittedBy, OffsetDateTime submittedBefore,
                          boolean overdueOnly) {
    /** Everything that waits. */
    public static final QueueFilter NONE = new QueueFilter(null, null, null, null, false);
}
