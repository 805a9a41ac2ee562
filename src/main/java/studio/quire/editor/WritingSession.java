package studio.quire.editor;

import java.time.Instant;
import java.util.UUID;

/**
 * A stretch of writing on one section: it ends when the writer switches away after changing it,
 * after ten idle minutes, or when the studio closes. Recorded for goals and dashboards.
 */
public record WritingSession(UUID projectId, UUID sectionId, Instant startedAt, Instant endedAt,
                             int wordsAdded, int wordsRemoved) {
}
