package studio.quire.review;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Where a review request stands, as the writer's inspector shows it.
 *
 * @param stepName    the current step's name
 * @param lastComment the comment of the newest decision, or null
 */
public record RequestStatus(UUID requestId, String title, ReviewState state, int currentStep, int steps, String stepName,
                            int round, UUID submittedBy, OffsetDateTime submittedAt, OffsetDateTime dueAt,
                            String lastComment) {

    /** Whether the request still waits for decisions or changes (so nothing of it can be submitted anew). */
    public boolean isOpen() {
        return state.isOpen();
    }
}
