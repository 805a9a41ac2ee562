package studio.quire.editor.journal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Takes the latest text of sections from the UI thread without ever blocking it, and journals it on
 * a background thread of its own. Bursts are coalesced: only the newest text of each section is
 * written. A text offered while the writer is idle is written at once; while typing goes on, a write
 * round starts at most every half {@code maxDelay}, so each change is on disk within
 * {@code maxDelay} as long as one round of writes takes less than half of it.
 * <p>
 * {@link DurabilityListener} hears, on the writer's thread, which text is now safe on this computer
 * or that writing failed (texts that failed for an I/O error are retried on the next round). {@link #close()} writes
 * everything still waiting; it does not close the journal.
 */
public final class JournalWriter implements AutoCloseable {
    /** Default bound for a change to reach the disk. */
    public static final Duration DEFAULT_MAX_DELAY = Duration.ofSeconds(1);

    private static final Logger LOG = LoggerFactory.getLogger(JournalWriter.class);
    private static final long CLOSE_TIMEOUT_SECONDS = 30;

    private final Journal journal;
    private final Clock clock;
    private final DurabilityListener listener;
    private final long roundGapNanos;
    private final Map<UUID, JournalEntry> waiting = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean closing;

    public JournalWriter(Journal journal, DurabilityListener listener) {
        this(journal, DEFAULT_MAX_DELAY, Clock.systemUTC(), listener);
    }

    public JournalWriter(Journal journal, Duration maxDelay, Clock clock, DurabilityListener listener) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.roundGapNanos = maxDelay.toNanos() / 2;
        this.thread = new Thread(this::run, "quire-journal-writer");
        // A daemon so a forgotten close never keeps the app alive; the composition root closes it.
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Hands over the whole current text of a section; returns at once. A newer offer for the same
     * section replaces one not yet written.
     */
    public void offer(UUID sectionId, long baseVersion, String content) {
        if (closing) {
            throw new IllegalStateException("The journal writer is closed");
        }
        waiting.put(sectionId, new JournalEntry(sectionId, baseVersion, content, 0, clock.instant()));
        LockSupport.unpark(thread);
    }

    /** Writes everything offered so far, then stops the writer thread. Call it from the offering thread. */
    @Override
    public void close() {
        closing = true;
        LockSupport.unpark(thread);
        try {
            thread.join(TimeUnit.SECONDS.toMillis(CLOSE_TIMEOUT_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.error("The journal writer did not finish within {} s; {} section texts may not be on disk",
                    CLOSE_TIMEOUT_SECONDS, waiting.size());
        }
    }

    private void run() {
        long lastRound = System.nanoTime() - roundGapNanos;
        while (true) {
            if (waiting.isEmpty()) {
                if (closing) {
                    return;
                }
                LockSupport.park(this);
                continue;
            }
            long wait = lastRound + roundGapNanos - System.nanoTime();
            if (wait > 0 && !closing) {
                LockSupport.parkNanos(this, wait);
                continue;
            }
            lastRound = System.nanoTime();
            writeRound();
        }
    }

    private void writeRound() {
        List<JournalEntry> batch = new ArrayList<>();
        for (UUID sectionId : waiting.keySet()) {
            JournalEntry draft = waiting.remove(sectionId);
            if (draft != null) {
                batch.add(draft);
            }
        }
        List<JournalEntry> written;
        try {
            written = journal.appendAll(batch);
        } catch (IOException | RuntimeException e) {
            failed(batch, e);
            return;
        }
        for (JournalEntry entry : written) {
            try {
                listener.durable(entry);
            } catch (RuntimeException e) {
                LOG.warn("Journal durability listener failed for {}", entry, e);
            }
        }
    }

    private void failed(List<JournalEntry> batch, Exception error) {
        IOException cause = error instanceof IOException io ? io : new IOException(error.getMessage(), error);
        // A disk that is full or failing may recover; a closed journal (a shutdown-order bug) will not.
        boolean retry = !closing && error instanceof IOException;
        if (retry) {
            LOG.warn("Could not write {} section texts to the journal; retrying: {}", batch.size(), error.toString());
            // Unless something newer was offered meanwhile.
            batch.forEach(draft -> waiting.putIfAbsent(draft.sectionId(), draft));
        } else {
            LOG.error("Could not write {} section texts to the journal", batch.size(), error);
        }
        for (JournalEntry draft : batch) {
            try {
                listener.failed(draft.sectionId(), cause);
            } catch (RuntimeException e) {
                LOG.warn("Journal durability listener failed for section {}", draft.sectionId(), e);
            }
        }
    }
}
