package studio.quire.editor.revision;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Follows the writer through the open section and says when a writing session ends: on switching
 * away after changing the text, after {@link #IDLE} without an edit, or when the studio closes.
 * A session starts at the first edit that changes the text; one whose text ends as it began is no
 * session. The tracker only keeps texts and times (it is called on every edit, on the FX thread);
 * listeners get a {@link WritingSessionEnd} and count words in the background. Not thread-safe:
 * call it from one thread.
 */
public final class WritingSessionTracker {
    /** How long without an edit ends a session. */
    public static final Duration IDLE = Duration.ofMinutes(10);

    private final Clock clock;
    private final List<Consumer<WritingSessionEnd>> listeners = new CopyOnWriteArrayList<>();
    private UUID projectId;
    private UUID sectionId;
    /** The text when the current session began (or the section was opened, while none runs). */
    private String baseline;
    private String current;
    private Instant startedAt;
    private Instant lastEditAt;
    /** Words pasted from outside Quire into the open section since the current session began. */
    private int pastedWords;

    public WritingSessionTracker(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
    }

    public void addListener(Consumer<WritingSessionEnd> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<WritingSessionEnd> listener) {
        listeners.remove(listener);
    }

    /** A section was opened in the editor with this text; a session on another section ends. */
    public void opened(UUID project, UUID section, String markdownAtOpen) {
        if (sectionId != null && !sectionId.equals(section)) {
            switchedAway();
        }
        if (!Objects.equals(sectionId, section)) {
            projectId = project;
            sectionId = section;
            baseline = markdownAtOpen == null ? "" : markdownAtOpen;
            current = baseline;
            startedAt = null;
            pastedWords = 0;
        }
    }

    /**
     * Text from outside Quire holding {@code words} words was pasted into the open section: the
     * session's words will count them as pasted, not written. The edit itself comes through
     * {@link #edited} as usual.
     */
    public void pasted(UUID section, int words) {
        if (sectionId != null && sectionId.equals(section) && words > 0) {
            pastedWords += words;
        }
    }

    /** The open section's whole text after an edit; edits of another section are ignored. */
    public void edited(UUID section, String markdownNow) {
        if (sectionId == null || !sectionId.equals(section) || markdownNow == null) {
            return;
        }
        if (startedAt == null && markdownNow.equals(baseline)) {
            return;
        }
        Instant now = clock.instant();
        if (startedAt == null) {
            startedAt = now;
        }
        current = markdownNow;
        lastEditAt = now;
    }

    /** The writer left the open section (another section, another page); a changed session ends. */
    public void switchedAway() {
        end(WritingSessionEnd.Reason.SWITCHED_AWAY, clock.instant());
        sectionId = null;
        projectId = null;
        baseline = null;
        current = null;
        pastedWords = 0;
    }

    /** Called every minute or so: ends a session that has seen no edit for {@link #IDLE}. */
    public void tick() {
        if (startedAt != null && !clock.instant().isBefore(lastEditAt.plus(IDLE))) {
            end(WritingSessionEnd.Reason.IDLE, lastEditAt);
        }
    }

    /** The studio is closing: a changed session ends now. */
    public void closing() {
        end(WritingSessionEnd.Reason.CLOSING, clock.instant());
    }

    /** Whether a session is under way (the open section was changed since it began). */
    public boolean inSession() {
        return startedAt != null && !current.equals(baseline);
    }

    private void end(WritingSessionEnd.Reason reason, Instant endedAt) {
        if (startedAt == null) {
            return;
        }
        boolean changed = !current.equals(baseline);
        WritingSessionEnd end = new WritingSessionEnd(projectId, sectionId, startedAt, endedAt, baseline, current, reason,
                pastedWords);
        baseline = current;
        startedAt = null;
        lastEditAt = null;
        pastedWords = 0;
        if (changed) {
            listeners.forEach(l -> l.accept(end));
        }
    }
}
