package studio.quire.review.comment;

import java.util.List;
import java.util.UUID;

/**
 * A conversation about some words of a section under review: the anchor and quoted words of its
 * first comment, whether it is resolved (and by whom), and its comments, first one first.
 *
 * @param round      the request's round when the thread was started
 * @param resolvedBy the display name of who resolved it; null while it is open
 */
public record CommentThread(UUID id, UUID requestId, UUID sectionId, int round, int anchorStart, int anchorEnd,
                            String quote, boolean resolved, String resolvedBy, List<Comment> comments) {
    public CommentThread {
        comments = List.copyOf(comments);
    }

    /** The anchor as it was when the thread was started. */
    public Anchor anchor() {
        return new Anchor(anchorStart, anchorEnd, quote);
    }
}
