package studio.quire.review;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What the queue shows of what waits: a step, a project, a submitter, items submitted before a
 * moment (older than an age), overdue ones only. A null part does not filter. Applied in the
 * database, so keyset pages stay whole whatever the filters.
 */
public record QueueFilter(String stepName, UUID projectId, UUID submittedBy, OffsetDateTime submittedBefore,
                          boolean overdueOnly) {
    /** Everything that waits. */
    public static final QueueFilter NONE = new QueueFilter(null, null, null, null, false);

    /** The SQL conditions on the queue's step {@code s} and request {@code r}, each starting with " and ". */
    String conditions() {
        StringBuilder sql = new StringBuilder();
        if (stepName != null) {
            sql.append(" and s.name = cast(? as text)");
        }
        if (projectId != null) {
            sql.append(" and r.project_id = cast(? as uuid)");
        }
        if (submittedBy != null) {
            sql.append(" and r.submitted_by = cast(? as uuid)");
        }
        if (submittedBefore != null) {
            sql.append(" and r.submitted_at < cast(? as timestamptz)");
        }
        if (overdueOnly) {
            sql.append(" and s.due_at < now()");
        }
        return sql.toString();
    }

    /** The values of {@link #conditions()}' parameters, in order. */
    List<Object> arguments() {
        List<Object> args = new ArrayList<>();
        if (stepName != null) {
            args.add(stepName);
        }
        if (projectId != null) {
            args.add(projectId);
        }
        if (submittedBy != null) {
            args.add(submittedBy);
        }
        if (submittedBefore != null) {
            args.add(submittedBefore);
        }
        return args;
    }
}
