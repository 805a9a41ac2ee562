package studio.quire.compare;

import studio.quire.text.Document;

import java.util.Objects;
import java.util.UUID;

/**
 * One section to compare: its title, and its older and newer text. In a conflict the older text is
 * theirs and the newer one mine; in history the older one is the earlier revision.
 *
 * @param sectionId the section, or null when the texts belong to none
 * @param title     shown above the section's rows when a comparison holds several sections
 */
public record ComparedText(UUID sectionId, String title, Document older, Document newer) {
    public ComparedText {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(older, "older");
        Objects.requireNonNull(newer, "newer");
    }
}
