package studio.quire.editor.save;

import java.time.Duration;
import java.util.Objects;

/**
 * When the {@link SectionSaver} saves (ADR 0010). The defaults: a database save 1.5 s after typing
 * pauses and at least every 5 s while it goes on; the journal writes within 0.5 s, so with the
 * editor's own ~300 ms coalescing a keystroke is on disk within a second; retries of an
 * unreachable server start after 1 s and double up to 30 s; a save unanswered for 3 s no longer
 * says "Saving…" when the text is safe in the journal; a flush waits at most 15 s.
 *
 * @param pause          quiet time after the last edit before saving
 * @param maxInterval    longest time edits stay unsaved while typing goes on
 * @param journalDelay   bound for a change to reach the journal on disk
 * @param retryFirst     first wait before saving again after the server could not be reached
 * @param retryMax       longest wait between retries
 * @param slowAnswer     how long a save may go unanswered before the status says "saved on this computer"
 * @param flushTimeout   how long {@code flush} and {@code close} wait for the database
 */
public record SaveTimings(Duration pause, Duration maxInterval, Duration journalDelay, Duration retryFirst,
                          Duration retryMax, Duration slowAnswer, Duration flushTimeout) {
    public static final SaveTimings DEFAULT = new SaveTimings(Duration.ofMillis(1500), Duration.ofSeconds(5),
            Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(3),
            Duration.ofSeconds(15));

    public SaveTimings {
        Objects.requireNonNull(pause, "pause");
        Objects.requireNonNull(maxInterval, "maxInterval");
        Objects.requireNonNull(journalDelay, "journalDelay");
        Objects.requireNonNull(retryFirst, "retryFirst");
        Objects.requireNonNull(retryMax, "retryMax");
        Objects.requireNonNull(slowAnswer, "slowAnswer");
        Objects.requireNonNull(flushTimeout, "flushTimeout");
    }

    /** The wait before retry number {@code failures} (1 for the first): doubling, capped at {@link #retryMax}. */
    public Duration retryAfter(int failures) {
        int doublings = Math.min(Math.max(failures - 1, 0), 30);
        long millis = retryFirst.toMillis() << doublings;
        return millis <= 0 || millis > retryMax.toMillis() ? retryMax : Duration.ofMillis(millis);
    }
}
