package studio.quire.review.screen;

import java.time.OffsetDateTime;

/**
 * One line of a request's history: who did what and when, with the comment of a decision or the
 * reason of a delegation.
 *
 * @param what   the event in words, e.g. "Requested changes at Copy edit"
 * @param remark the decision's comment or the delegation's reason, or ""
 */
public record ReviewHistoryEntry(OffsetDateTime at, String who, String what, String remark) {
}
