package studio.quire.review.comment;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One comment of a thread: who wrote what, and when. */
public record Comment(UUID id, UUID authorId, String authorName, String body, OffsetDateTime createdAt) {
}
