package studio.quire.editor.revision;

import studio.quire.text.RevisionKind;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One line of a section's revision history, without the text (the body is read when opened).
 *
 * @param name         set for named and restored revisions
 * @param words        the revision's word count
 * @param wordsAdded   words added since the revision before it; null for revisions kept before
 *                     Quire counted them
 * @param wordsRemoved words removed since the revision before it; null likewise
 * @param authorName   the author's display name; empty when unknown
 */
public record RevisionEntry(UUID id, UUID sectionId, RevisionKind kind, String name, int words,
                            Integer wordsAdded, Integer wordsRemoved, UUID author, String authorName,
                            OffsetDateTime createdAt) {
    /** Automatic revisions are thinned by age; every other kind stays. */
    public boolean prunable() {
        return kind == RevisionKind.AUTOMATIC;
    }
}
