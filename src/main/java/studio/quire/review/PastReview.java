package studio.quire.review;

import studio.quire.ui.DateTexts;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A review a text went through (or is in), as the Review tab lists them: every request that
 * covered the node, newest first.
 *
 * @param updatedAt when the request last changed (a decision, a resubmission, publishing)
 */
public record PastReview(UUID requestId, String title, ReviewState state, int round, OffsetDateTime submittedAt,
                         OffsetDateTime updatedAt) {
    /** "Approved · submitted 3 Nov 2026 · round 2 · “The storm”" */
    public String describe() {
        String when = DateTexts.system().date(submittedAt.toInstant());
        return stateWords() + " · submitted " + when + (round > 1 ? " · round " + round : "") + " · “" + title + "”";
    }

    private String stateWords() {
        return switch (state) {
            case IN_REVIEW -> "In review";
            case CHANGES_REQUESTED -> "Changes requested";
            case APPROVED -> "Approved";
            case PUBLISHED -> "Published";
            case DISCARDED -> "Discarded";
        };
    }
}
