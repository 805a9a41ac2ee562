package studio.quire.goals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A project's word goal and optional deadline, with who set it and when (stamped by the
 * database; null for goals set before that was recorded).
 */
public record ProjectGoal(UUID projectId, int words, LocalDate deadline, UUID setBy, OffsetDateTime setAt) {
    public ProjectGoal {
        Objects.requireNonNull(projectId);
        if (words <= 0) {
            throw new IllegalArgumentException("a word goal is a positive number of words");
        }
    }
}
