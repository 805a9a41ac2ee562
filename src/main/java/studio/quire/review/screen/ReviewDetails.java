package studio.quire.review.screen;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import studio.quire.review.ReviewState;
/**
 * One review request as its review screen shows it: where it stands, its steps, its sections,
 * and what the signed-in person may do with it.
 *
 * @param submitterName  the display name of whoever submitted it
 * @param mayDecide      whether the current step waits for the signed-in person (the queue's rule)
 * @param ownedByMe      whether the signed-in person submitted it
 */
public record ReviewDetails(UUID requestId, UUID orgId, String title, ReviewState state, int currentStep, int round,
                            UUID submittedBy, String submitterName, OffsetDateTime submittedAt, List<Step> steps,
                            List<Section> sections, UUID me, boolean mayDecide, boolean ownedByMe) {
    public ReviewDetails {
        Objects.requireNonNull(requestId, "requestId");
        steps = List.copyOf(steps);
        sections = List.copyOf(sections);
    }

    /** The step the request waits on, or null when it waits on none (changes requested, approved…). */
    public Step current() {
        return state == ReviewState.IN_REVIEW
                ? steps.stream().filter(s -> s.position() == currentStep).findFirst().orElse(null)
                : null;
    }

    /**
     * A step of the request, copied from its workflow at submission.
     *
     * @param claimedByName who took it, or null
     * @param delegatedToName to whom it was delegated, or null
     */
    public record Step(int position, String name, String deciderRole, int approvalsNeeded, int approvals,
                       OffsetDateTime dueAt, UUID claimedBy, String claimedByName, String delegatedToName,
                       boolean escalated, boolean completed) {
    }

    /**
     * A section of the request.
     *
     * @param state pending, approved, withdrawn (changed after its approval) or trashed (in the trash)
     */
    public record Section(UUID nodeId, String title, String state) {
    }
}
