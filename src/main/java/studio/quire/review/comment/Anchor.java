package studio.quire.review.comment;

import java.util.Objects;

/**
 * Words of a section's plain text: offsets in UTF-16 code units (as Java strings count) into the
 * text the editor shows ({@link CommentAnchors#plainText}), {@code start} inclusive, {@code end}
 * exclusive, and the words themselves.
 */
public record Anchor(int start, int end, String quote) {
    public Anchor {
        Objects.requireNonNull(quote);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("An anchor runs from a start to an end after it: " + start + ".." + end);
        }
    }
}
