package studio.quire.review.queue;

import java.time.Instant;
import java.util.UUID;

import studio.quire.review.DueText;
/**
 * One line of the review queue as shown: the item, who submitted it, its due time in words and
 * whether someone has taken it.
 *
 * @param submitter the submitter's display name, or "" when it cannot be seen
 */
public record QueueRow(QueueItem item, String submitter, String dueText, boolean overdue, Taken taken) {

    /** Whether a step has been taken (claimed), and by whom. */
    public enum Taken { NO, BY_ME, BY_SOMEONE }

    static QueueRow of(QueueItem item, String submitter, UUID me, Instant now) {
        boolean overdue = item.dueAt() != null && item.dueAt().toInstant().isBefore(now);
        Taken taken = item.claimedBy() == null ? Taken.NO
                : item.claimedBy().equals(me) ? Taken.BY_ME : Taken.BY_SOMEONE;
        return new QueueRow(item, submitter == null ? "" : submitter,
                DueText.describe(item.dueAt() == null ? null : item.dueAt().toInstant(), now), overdue, taken);
    }

    public String title() {
        return item.title();
    }

    public String stepName() {
        return item.stepName();
    }

    /** "Copy edit · due in 2 days · from Ann". */
    public String detail() {
        String text = item.stepName() + " · " + dueText;
        return submitter.isEmpty() ? text : text + " · from " + submitter;
    }

    /** The badge for a taken step: "Taken by you", "Taken", or "" when nobody has it. */
    public String takenText() {
        return switch (taken) {
            case NO -> "";
            case BY_ME -> "Taken by you";
            case BY_SOMEONE -> "Taken";
        };
    }
}
