package studio.quire.editor;

import java.time.Instant;
import java.util.UUID;

/**
 * A stretch of writing on one section: it ends when the writer switches away after changing it,
 * after ten idle minutes, or when the studio closes. Recorded for goals and dashboards.
 *
 * @param wordsAdded  every word the session added, typed or pasted
 * @param pastedWords how many of {@code wordsAdded} came in by pasting text from outside Quire:
 *                    pasted text is not written text, so goals leave them out
 */
public record WritingSession(UUID projectId, UUID sectionId, Instant startedAt, Instant endedAt,
                             int wordsAdded, int wordsRemoved, int pastedWords) {

    public WritingSession {
        if (pastedWords < 0 || pastedWords > wordsAdded) {
            throw new IllegalArgumentException("pasted words are some of the words added: " + pastedWords
                    + " of " + wordsAdded);
        }
    }

    /** A session with nothing pasted. */
    public WritingSession(UUID projectId, UUID sectionId, Instant startedAt, Instant endedAt,
                          int wordsAdded, int wordsRemoved) {
        this(projectId, sectionId, startedAt, endedAt, wordsAdded, wordsRemoved, 0);
    }

    /** The words written (not pasted) net of those removed; negative when more was cut than written. */
    public int writtenNet() {
        return wordsAdded - pastedWords - wordsRemoved;
    }
}
