package studio.quire.editor.store;

import studio.quire.text.MarkdownFormat;
import studio.quire.text.WordCount;

import java.util.UUID;

/**
 * A section's text as the editor should show it when opened.
 *
 * @param fromJournal the text came from this computer's journal because the database did not have
 *                    it yet (replayed after a crash or while the server was unreachable)
 */
public record OpenedSection(UUID sectionId, String markdown, long version, int words, boolean fromJournal) {
    /** The section's stored text {@code markdown}, its words counted as the binder counts them (ADR 0008). */
    public static OpenedSection of(UUID sectionId, String markdown, long version, boolean fromJournal) {
        return new OpenedSection(sectionId, markdown, version, WordCount.of(MarkdownFormat.parse(markdown)).words(),
                fromJournal);
    }
}
