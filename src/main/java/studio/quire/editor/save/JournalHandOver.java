package studio.quire.editor.save;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.quire.editor.journal.DurabilityListener;
import studio.quire.editor.journal.Journal;
import studio.quire.editor.journal.JournalEntry;
import studio.quire.editor.journal.JournalWriter;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * The saver's side of the journal (ADR 0007, 0010): offers each newest text to the journal writer
 * with the base version its save uses, hears on the writer's thread when an entry is on disk (from
 * then on the status may say "Saved on this computer"), and checkpoints an entry once the database
 * has dealt with its edit ({@link SectionState#checkpointable}). On close the writer drains what
 * it was offered; the journal itself stays open for the next session of the data directory.
 */
final class JournalHandOver implements DurabilityListener {
    private static final Logger LOG = LoggerFactory.getLogger(JournalHandOver.class);

    private final Object lock;
    /** The saver's sections, guarded by {@link #lock}. */
    private final Map<UUID, SectionState> sections;
    private final SaveListeners listeners;
    private final JournalRecovery recovery;
    private final JournalWriter writer;

    JournalHandOver(Object lock, Map<UUID, SectionState> sections, Journal journal, SaveTimings timings, Clock clock,
                    SaveListeners listeners, JournalRecovery recovery) {
        this.lock = lock;
        this.sections = sections;
        this.listeners = listeners;
        this.recovery = recovery;
        writer = new JournalWriter(journal, timings.journalDelay(), clock, this);
    }

    /** Hands the newest text of {@code s} to the journal writer; called with the lock held, never blocks. */
    void offer(SectionState s) {
        s.offered(s.newest);
        try {
            writer.offer(s.id, s.saveBase(), s.newest);
        } catch (IllegalStateException e) {
            LOG.warn("The journal writer is closed; section {} was not journalled again", s.id);
        }
    }

    /** Checkpoints the section's entries up to {@code sequence} (none when negative); called without the lock. */
    void checkpoint(SectionState s, long sequence) {
        if (sequence >= 0) {
            recovery.checkpoint(s.id, sequence);
        }
    }

    /** The journal reports the entry durable: it may now count for the status, and be checkpointed. */
    @Override
    public void durable(JournalEntry entry) {
        long checkpoint;
        synchronized (lock) {
            SectionState s = sections.get(entry.sectionId());
            if (s == null) {
                return;
            }
            s.durable(entry.content(), entry.sequence());
            checkpoint = s.checkpointable();
            listeners.report(s);
            lock.notifyAll();
        }
        if (checkpoint >= 0) {
            recovery.checkpoint(entry.sectionId(), checkpoint);
        }
    }

    @Override
    public void failed(UUID sectionId, IOException error) {
        synchronized (lock) {
            SectionState s = sections.get(sectionId);
            if (s != null) {
                s.journalProblem = String.valueOf(error.getMessage());
                listeners.report(s);
            }
        }
    }

    /** Writes what was offered and stops the writer's thread. */
    void close() {
        writer.close();
    }
}
