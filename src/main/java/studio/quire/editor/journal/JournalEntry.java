package studio.quire.editor.journal;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One journalled state of a section: its whole text as the writer last saw it, the database version
 * that text was based on, and the journal's sequence number for it.
 *
 * @param sectionId   the section the text belongs to
 * @param baseVersion the section's database version the text was edited from
 * @param content     the whole text of the section
 * @param sequence    the journal's sequence number, strictly increasing across all sections
 * @param at          when the text was handed to the journal
 */
public record JournalEntry(UUID sectionId, long baseVersion, String content, long sequence, Instant at) {
    public JournalEntry {
        Objects.requireNonNull(sectionId, "sectionId");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(at, "at");
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must not be negative: " + sequence);
        }
    }

    JournalEntry withSequence(long newSequence) {
        return new JournalEntry(sectionId, baseVersion, content, newSequence, at);
    }

    @Override
    public String toString() {
        // Never the text itself: it is the writer's manuscript and does not belong in logs.
        return "JournalEntry[section=" + sectionId + ", baseVersion=" + baseVersion + ", sequence=" + sequence
                + ", chars=" + content.length() + ", at=" + at + "]";
    }
}
