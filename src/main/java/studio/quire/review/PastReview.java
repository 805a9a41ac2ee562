package studio.quire.review;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.UUID;

/**
 * A review a text went through (or is in), as the Review tab lists them: every request that
 * covered the node, newest first.
 *
 * @param updatedAt when the request last changed (a decision, a resubmission, publishing)
 */
public record PastReview(UUID requestId, String title, String state, int round, OffsetDateTime submittedAt,
                         OffsetDateTime updatedAt) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    /** "Approved · submitted 3 Nov 2026 · round 2 · “The storm”" */
    public String describe() {
        String when = DAY.format(submittedAt.atZoneSameInstant(ZoneId.systemDefault()));
        return stateWords() + " · submitted " + when + (round > 1 ? " · round " + round : "") + " · “" + title + "”";
    }

    private String stateWords() {
        return switch (state) {
            case "in_review" -> "In review";
            case "changes_requested" -> "Changes requested";
            case "approved" -> "Approved";
            case "published" -> "Published";
            case "discarded" -> "Discarded";
            default -> state;
        };
    }
}
