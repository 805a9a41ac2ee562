package studio.quire.brand.fill;

import java.util.Objects;
import java.util.UUID;

/**
 * Which text filled a variant: the section and the version of its content at the time, with the
 * title it had, so a reviewer can see the variant was made from an older text and refill it. The
 * caller stores it with the variant.
 *
 * @param sectionId       the section (node) whose text filled the template
 * @param revisionVersion the version of the section's content that was read
 * @param title           the section's title at that version
 */
public record FilledFrom(UUID sectionId, long revisionVersion, String title) {
    public FilledFrom {
        Objects.requireNonNull(sectionId, "sectionId");
        if (revisionVersion < 0) {
            throw new IllegalArgumentException("A section's version cannot be negative (it is " + revisionVersion + ")");
        }
        title = SectionSnippets.cleanLine(title);
    }

    /** True when the section has moved on since: its current version is not the one that filled the variant. */
    public boolean isOlderThan(long currentVersion) {
        return currentVersion != revisionVersion;
    }
}
