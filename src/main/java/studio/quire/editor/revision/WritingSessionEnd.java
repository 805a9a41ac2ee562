package studio.quire.editor.revision;

import studio.quire.editor.WritingSession;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A writing session that just ended, still holding both texts: counting the words it added and
 * removed is a diff, so {@link #session()} is meant for a background thread.
 *
 * @param reason      why it ended
 * @param pastedWords words of the text pasted from outside Quire during the session
 */
public record WritingSessionEnd(UUID projectId, UUID sectionId, Instant startedAt, Instant endedAt,
                                String textAtStart, String textAtEnd, Reason reason, int pastedWords) {
    /** Why a session ended. */
    public enum Reason {
        /** The writer opened another section (or closed this one) after changing it. */
        SWITCHED_AWAY,
        /** Ten minutes without an edit. */
        IDLE,
        /** The studio is closing. */
        CLOSING
    }

    public WritingSessionEnd {
        Objects.requireNonNull(sectionId);
        Objects.requireNonNull(textAtStart);
        Objects.requireNonNull(textAtEnd);
        pastedWords = Math.max(0, pastedWords);
    }

    /** A session in which nothing was pasted. */
    public WritingSessionEnd(UUID projectId, UUID sectionId, Instant startedAt, Instant endedAt,
                             String textAtStart, String textAtEnd, Reason reason) {
        this(projectId, sectionId, startedAt, endedAt, textAtStart, textAtEnd, reason, 0);
    }

    /**
     * The session as recorded for goals, with its word changes counted (a diff: call it off the FX
     * thread). Pasted words count as pasted only up to the words the session added in the end: a
     * paste taken back with Undo added nothing.
     */
    public WritingSession session() {
        WordChanges changes = WordChanges.between(textAtStart, textAtEnd);
        return new WritingSession(projectId, sectionId, startedAt, endedAt, changes.added(), changes.removed(),
                Math.min(pastedWords, changes.added()));
    }
}
