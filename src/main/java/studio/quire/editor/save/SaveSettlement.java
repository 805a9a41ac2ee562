package studio.quire.editor.save;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.quire.db.DatabaseProblems;
import studio.quire.editor.store.SaveResult;
import studio.quire.editor.store.SectionConflict;
import studio.quire.editor.store.SectionText;
import studio.quire.editor.store.SectionTextRepository;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * One save of a section on the save thread, and what the database's answer does to the section
 * (ADR 0010): saved; a conflict (text typed while the losing save was under way is of the same
 * lineage and is saved against the same old base first); refused; or not reached, to be retried.
 * Each answer is settled under the saver's lock and ends with the status told, waiting flushes
 * woken, the next save scheduled and, without the lock, the journal checkpointed as far as the
 * database now has the text.
 */
final class SaveSettlement {
    private static final Logger LOG = LoggerFactory.getLogger(SaveSettlement.class);
    /** What settling a conflict answers when newer text arrived meanwhile: save that one too, on the same base. */
    private static final long CONTINUE = -2;

    private final Object lock;
    private final SectionTextRepository repository;
    private final Clock clock;
    private final SaveScheduler scheduler;
    private final SaveListeners listeners;
    private final JournalHandOver journal;

    SaveSettlement(Object lock, SectionTextRepository repository, Clock clock, SaveScheduler scheduler,
                   SaveListeners listeners, JournalHandOver journal) {
        this.lock = lock;
        this.repository = repository;
        this.clock = clock;
        this.scheduler = scheduler;
        this.listeners = listeners;
        this.journal = journal;
    }

    /** Saves the newest text of {@code s} and settles the answer; runs on the save thread, without the lock. */
    void save(SectionState s) {
        String text;
        long edit;
        long base;
        synchronized (lock) {
            if (!s.hasUnsaved()) {
                // A flush and the timer both asked; the first save already took the text.
                s.endAttempt(s.lastEdit);
                lock.notifyAll();
                return;
            }
            text = s.newest;
            edit = s.lastEdit;
            base = s.saveBase();
        }
        List<SectionConflict> conflicts = new ArrayList<>();
        long conflictedEdit = -1;
        try {
            SaveResult result = repository.save(s.id, base, text);
            while (result instanceof SaveResult.Conflict conflict) {
                conflicts.add(new SectionConflict(s.id, text, conflict.serverText(), conflict.conflictRevisionId()));
                conflictedEdit = edit;
                long checkpoint;
                synchronized (lock) {
                    if (s.lastEdit == edit) {
                        checkpoint = settleConflict(s, edit, conflict.serverText(), conflicts);
                    } else {
                        // Typed while the losing save was under way: the same lineage, so the same base.
                        text = s.newest;
                        edit = s.lastEdit;
                        checkpoint = CONTINUE;
                    }
                }
                if (checkpoint != CONTINUE) {
                    journal.checkpoint(s, checkpoint);
                    return;
                }
                result = repository.save(s.id, base, text);
            }
            journal.checkpoint(s, settleSaved(s, edit, ((SaveResult.Saved) result).newVersion(), conflicts));
        } catch (RuntimeException e) {
            journal.checkpoint(s, settleFailure(s, edit, e, conflicts, conflictedEdit));
        }
    }

    private long settleSaved(SectionState s, long edit, long version, List<SectionConflict> conflicts) {
        synchronized (lock) {
            s.settle(edit, version, !conflicts.isEmpty(), clock.millis());
            if (s.hasUnsaved()) {
                // The newer text builds on the version just saved: journal it with that base for an honest replay.
                journal.offer(s);
            }
            return settled(s, conflicts);
        }
    }

    /** Called with the lock held. */
    private long settleConflict(SectionState s, long edit, SectionText server, List<SectionConflict> conflicts) {
        s.lost();
        s.settle(edit, server.version(), true, clock.millis());
        // The losing text is in the conflict revision; the editor is about to show the server's.
        s.newest = server.body();
        return settled(s, conflicts);
    }

    /** Called with the lock held; answers the journal sequence to checkpoint, or -1. */
    private long settled(SectionState s, List<SectionConflict> conflicts) {
        conflicts.forEach(listeners::conflict);
        if (s.hasUnsaved()) {
            scheduler.next(s);
        }
        listeners.report(s);
        lock.notifyAll();
        return s.checkpointable();
    }

    private long settleFailure(SectionState s, long edit, RuntimeException error, List<SectionConflict> conflicts,
                               long conflictedEdit) {
        synchronized (lock) {
            if (!conflicts.isEmpty()) {
                // The base stays: the text still unsaved is of the losing lineage and must not overwrite.
                s.settled = Math.max(s.settled, conflictedEdit);
                s.conflicted = true;
                conflicts.forEach(listeners::conflict);
            }
            SaveFailure kind = SaveFailure.of(error);
            String message = kind == SaveFailure.REFUSED || kind == SaveFailure.TRANSIENT ? error.getMessage()
                    : DatabaseProblems.firstLine(error);
            int retry = s.fail(edit, kind, message);
            if (retry == 0) {
                LOG.info("Saving section {} was refused: {}", s.id, message);
            } else {
                scheduler.retryLater(s, retry);
                if (retry == 1 && kind == SaveFailure.UNEXPECTED) {
                    LOG.error("Saving section {} failed; retrying", s.id, error);
                } else if (retry == 1) {
                    LOG.warn("Section {} could not be saved ({}); retrying: {}", s.id, kind, message);
                }
            }
            listeners.report(s);
            lock.notifyAll();
            return s.checkpointable();
        }
    }
}
