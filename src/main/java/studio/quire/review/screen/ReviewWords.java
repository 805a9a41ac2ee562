package studio.quire.review.screen;

import java.time.Instant;

import studio.quire.review.DueText;
import studio.quire.review.ReviewDecision;
import studio.quire.review.ReviewState;
/** Says where a review request stands, and what a decision did, in the words the review screen uses. */
final class ReviewWords {
    private ReviewWords() {
    }

    /** "Step 1 of 2 · Copy edit · due in 2 days · taken by Ada · 0 of 2 approvals", or the state in words. */
    static String stepLine(ReviewDetails d, Instant now) {
        ReviewDetails.Step step = d.current();
        String round = d.round() > 1 ? " (round " + d.round() + ")" : "";
        if (step == null) {
            return switch (d.state()) {
                case CHANGES_REQUESTED -> "Changes requested: waiting for " + name(d.submitterName()) + " to revise" + round;
                case APPROVED -> "Approved: ready to publish";
                case PUBLISHED -> "Published";
                case DISCARDED -> "Discarded";
                case IN_REVIEW -> d.state().dbName(); // no current step: not a state the database leaves
            };
        }
        StringBuilder line = new StringBuilder("Step ").append(step.position()).append(" of ").append(d.steps().size())
                .append(" · ").append(step.name());
        if (step.dueAt() != null) {
            line.append(" · ").append(DueText.describe(step.dueAt().toInstant(), now));
        }
        if (step.escalated()) {
            line.append(" · escalated");
        }
        if (step.delegatedToName() != null) {
            line.append(" · delegated to ").append(step.delegatedToName());
        } else if (step.claimedBy() != null) {
            line.append(" · taken by ").append(step.claimedBy().equals(d.me()) ? "you" : name(step.claimedByName()));
        }
        if (step.approvalsNeeded() > 1) {
            line.append(" · ").append(step.approvals()).append(" of ").append(step.approvalsNeeded()).append(" approvals");
        }
        return line.append(round).toString();
    }

    /** What the screen says after a decision, given the request's state it left. */
    static String afterDecision(ReviewDecision decision, ReviewState state) {
        return switch (decision) {
            case APPROVE -> state == ReviewState.APPROVED
                    ? "Approved. Every step is done: the writer can publish it."
                    : "Approved. It goes on to the next step (or waits for more approvals).";
            case REQUEST_CHANGES -> "Changes requested. The writer has your comment.";
            case REJECT -> "Rejected. The request is closed.";
        };
    }

    private static String name(String name) {
        return name == null ? "someone" : name;
    }
}
