package studio.quire.project;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A book, blog or campaign; {@code version} guards concurrent edits. */
public record Project(UUID id, UUID orgId, ProjectKind kind, String title, String description, Integer wordGoal,
                      LocalDate deadline, OffsetDateTime archivedAt, OffsetDateTime updatedAt, int version) {

    public boolean archived() {
        return archivedAt != null;
    }
}
