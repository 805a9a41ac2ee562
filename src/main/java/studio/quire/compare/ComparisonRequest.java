package studio.quire.compare;

import java.util.Objects;

/**
 * Everything a comparison window needs: what it is called, what its two sides are called, how to
 * read the texts, and, when the writer may merge, where the merged text goes.
 *
 * @param title       the window's title, e.g. "The Lighthouse — revision of 3 May ↔ current text"
 * @param olderLabel  the older side, e.g. "Revision of 3 May, 14:02" or "Their version"
 * @param newerLabel  the newer side, e.g. "Current text" or "Your version"
 * @param mergeTarget null when the comparison is for reading only (a chapter, or someone who may not write)
 */
public record ComparisonRequest(String title, String olderLabel, String newerLabel, ComparisonLoader loader,
                                MergeTarget mergeTarget) {
    public ComparisonRequest {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(olderLabel, "olderLabel");
        Objects.requireNonNull(newerLabel, "newerLabel");
        Objects.requireNonNull(loader, "loader");
    }

    /** Whether the writer may accept and reject changes and save the result. */
    public boolean mergeable() {
        return mergeTarget != null;
    }
}
