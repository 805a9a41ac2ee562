package studio.quire.editor.save;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.quire.db.DatabaseProblems;
import studio.quire.editor.OpenedSection;
import studio.quire.editor.SaveListener;
import studio.quire.editor.SaveResult;
import studio.quire.editor.SaveStatus;
import studio.quire.editor.SectionConflict;
import studio.quire.editor.SectionStore;
import studio.quire.editor.SectionText;
import studio.quire.editor.SectionTextRepository;
import studio.quire.editor.journal.Journal;
import studio.quire.editor.journal.JournalEntry;
import studio.quire.editor.journal.JournalWriter;
import studio.quire.text.MarkdownFormat;
import studio.quire.text.WordCount;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The never-lose-a-word path of one signed-in session (ARCHITECTURE.md, ADR 0010): every edit goes
 * to the journal at once (durable within a second) and to the database when typing pauses, with
 * the optimistic version check of {@link SectionTextRepository}. One background thread saves; a
 * timer thread schedules and tells the listeners (who must return quickly); the journal writer has
 * its own. A section is opened through {@link #open} before its edits arrive. The journal is shared
 * by the sessions of a data directory and stays open when the saver closes.
 */
public final class SectionSaver implements SectionStore, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SectionSaver.class);
    private static final long CONTINUE = -2;

    private final SectionTextRepository repository;
    private final SaveTimings timings;
    private final Clock clock;
    private final SaveScheduler scheduler;
    private final SaveListeners listeners;
    private final JournalRecovery recovery;
    private final JournalWriter writer;
    /** Guarded by {@code this}, like every {@link SectionState}; nothing under it blocks. */
    private final Map<UUID, SectionState> sections = new HashMap<>();
    private boolean closed;

    public SectionSaver(SectionTextRepository repository, Journal journal) {
        this(repository, journal, SaveTimings.DEFAULT, Clock.systemUTC());
    }

    public SectionSaver(SectionTextRepository repository, Journal journal, SaveTimings timings, Clock clock) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.timings = Objects.requireNonNull(timings, "timings");
        this.clock = Objects.requireNonNull(clock, "clock");
        scheduler = new SaveScheduler(this, timings, clock, this::runSave, this::report);
        listeners = new SaveListeners(scheduler.notifications());
        recovery = new JournalRecovery(repository, journal, listeners);
        writer = new JournalWriter(Objects.requireNonNull(journal, "journal"), timings.journalDelay(), clock,
                new Durability(this));
    }

    @Override
    public OpenedSection open(UUID sectionId) {
        // A replay under way might be saving this very section's journal entry: wait for it.
        return recovery.exclusively(() -> openLocked(sectionId));
    }

    private OpenedSection openLocked(UUID sectionId) {
        if (awaitingReopen(sectionId)) {
            // Texts typed on the losing text before the editor switched become conflict revisions first.
            flush(sectionId);
        }
        synchronized (this) {
            requireOpen();
            SectionState s = sections.get(sectionId);
            if (s != null && s.hasUnsaved()) {
                // Also a losing text not saved yet (server away): shown as it is, still of the losing lineage.
                return opened(sectionId, s.newest, s.saveBase(), false);
            }
            if (s != null) {
                s.awaitingReopen = false;
            }
        }
        SectionText stored = repository.load(sectionId);
        Optional<JournalEntry> pending = recovery.pendingFor(sectionId);
        if (pending.isEmpty() || JournalRecovery.sameText(pending.get(), stored)) {
            pending.ifPresent(recovery::alreadyThere);
            track(stored, false);
            return opened(sectionId, stored.body(), stored.version(), false);
        }
        JournalEntry entry = pending.get();
        if (entry.baseVersion() != stored.version()) {
            // The database moved on since this text was journalled: keep it as a conflict revision now.
            JournalRecovery.Outcome outcome = recovery.save(entry);
            if (outcome != JournalRecovery.Outcome.LEFT) {
                SectionText now = repository.load(sectionId);
                track(now, outcome == JournalRecovery.Outcome.CONFLICT);
                return opened(sectionId, now.body(), now.version(), false);
            }
        }
        resume(entry);
        return opened(sectionId, entry.content(), entry.baseVersion(), true);
    }

    @Override
    public void edited(UUID sectionId, String markdown) {
        Objects.requireNonNull(markdown, "markdown");
        synchronized (this) {
            requireOpen();
            SectionState s = sections.get(sectionId);
            if (s == null) {
                throw new IllegalStateException("Section " + sectionId + " was not opened through this store");
            }
            if (!s.edit(markdown, clock.millis())) {
                return;
            }
            journal(s);
            scheduler.afterEdit(s);
            report(s);
        }
    }

    @Override
    public SaveStatus flush(UUID sectionId) {
        return flushUntil(sectionId, System.nanoTime() + timings.flushTimeout().toNanos());
    }

    /**
     * Saves the newest journal entry of every section this saver has not opened (call it after
     * sign-in, before sections are opened). Blocking: call it in the background.
     */
    public ReplaySummary replayPending() {
        return recovery.exclusively(() -> recovery.replay(id -> {
            synchronized (this) {
                return sections.containsKey(id);
            }
        }));
    }

    @Override
    public void addListener(SaveListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public void removeListener(SaveListener listener) {
        listeners.remove(listener);
    }

    /** Saves what is pending (bounded by the flush timeout), writes the journal, stops the threads. */
    @Override
    public void close() {
        List<UUID> unsaved = new ArrayList<>();
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            sections.values().stream().filter(SectionState::hasUnsaved).forEach(s -> unsaved.add(s.id));
        }
        long deadline = System.nanoTime() + timings.flushTimeout().toNanos();
        for (UUID id : unsaved) {
            SaveStatus status = flushUntil(id, deadline);
            if (status != SaveStatus.SAVED && status != SaveStatus.CONFLICT) {
                LOG.warn("Closing with section {} {}; its text stays in the journal", id, status.label());
            }
        }
        writer.close();
        scheduler.shutdown();
    }

    private SaveStatus flushUntil(UUID sectionId, long deadline) {
        synchronized (this) {
            SectionState s = sections.get(sectionId);
            if (s == null) {
                return SaveStatus.SAVED;
            }
            if (!s.hasUnsaved()) {
                return StatusRule.of(s).status();
            }
            long target = s.lastEdit;
            long finishedBefore = s.finishedAttempts;
            if (s.saving) {
                s.flushRequested = true;
            } else {
                scheduler.saveNow(s);
            }
            while (!s.flushed(target, finishedBefore)) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    break;
                }
                try {
                    wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            return StatusRule.of(s).status();
        }
    }

    // ---- the save thread ----

    private void runSave(SectionState s) {
        String text;
        long edit;
        long base;
        synchronized (this) {
            if (!s.hasUnsaved()) {
                // A flush and the timer both asked; the first save already took the text.
                s.endAttempt(s.lastEdit);
                notifyAll();
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
                synchronized (this) {
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
                    checkpoint(s, checkpoint);
                    return;
                }
                result = repository.save(s.id, base, text);
            }
            checkpoint(s, settleSaved(s, edit, ((SaveResult.Saved) result).newVersion(), conflicts));
        } catch (RuntimeException e) {
            checkpoint(s, settleFailure(s, edit, e, conflicts, conflictedEdit));
        }
    }

    private synchronized long settleSaved(SectionState s, long edit, long version, List<SectionConflict> conflicts) {
        s.settle(edit, version, !conflicts.isEmpty(), clock.millis());
        if (s.hasUnsaved()) {
            // The newer text builds on the version just saved: journal it with that base for an honest replay.
            journal(s);
        }
        return settled(s, conflicts);
    }

    private long settleConflict(SectionState s, long edit, SectionText server, List<SectionConflict> conflicts) {
        s.lost();
        s.settle(edit, server.version(), true, clock.millis());
        // The losing text is in the conflict revision; the editor is about to show the server's.
        s.newest = server.body();
        return settled(s, conflicts);
    }

    private long settled(SectionState s, List<SectionConflict> conflicts) {
        conflicts.forEach(listeners::conflict);
        if (s.hasUnsaved()) {
            scheduler.next(s);
        }
        report(s);
        notifyAll();
        return s.checkpointable();
    }

    private synchronized long settleFailure(SectionState s, long edit, RuntimeException error,
                                            List<SectionConflict> conflicts, long conflictedEdit) {
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
        report(s);
        notifyAll();
        return s.checkpointable();
    }

    // ---- journal and state ----

    private void journal(SectionState s) {
        s.offered(s.newest);
        try {
            writer.offer(s.id, s.saveBase(), s.newest);
        } catch (IllegalStateException e) {
            LOG.warn("The journal writer is closed; section {} was not journalled again", s.id);
        }
    }

    private void checkpoint(SectionState s, long sequence) {
        if (sequence >= 0) {
            recovery.checkpoint(s.id, sequence);
        }
    }

    /** The journal reports the entry durable: it may now count for the status, and be checkpointed. */
    void durable(JournalEntry entry) {
        long checkpoint;
        synchronized (this) {
            SectionState s = sections.get(entry.sectionId());
            if (s == null) {
                return;
            }
            s.durable(entry.content(), entry.sequence());
            checkpoint = s.checkpointable();
            report(s);
            notifyAll();
        }
        if (checkpoint >= 0) {
            recovery.checkpoint(entry.sectionId(), checkpoint);
        }
    }

    synchronized void journalFailed(UUID sectionId, String problem) {
        SectionState s = sections.get(sectionId);
        if (s != null) {
            s.journalProblem = problem;
            report(s);
        }
    }

    /** Starts (or refreshes) the state of a section opened with the database's text. */
    private synchronized void track(SectionText stored, boolean conflicted) {
        SectionState s = sections.computeIfAbsent(stored.sectionId(), id -> new SectionState(id, stored.version(),
                stored.body()));
        s.refresh(stored.version(), stored.body(), conflicted);
        report(s);
    }

    /** Takes up a journalled text the database lacks, as if it had just been typed, and saves it now. */
    private synchronized void resume(JournalEntry entry) {
        SectionState s = sections.computeIfAbsent(entry.sectionId(), id -> new SectionState(id, entry.baseVersion(),
                entry.content()));
        s.resume(entry.baseVersion(), entry.content(), entry.sequence(), clock.millis());
        if (!s.saving) {
            scheduler.saveNow(s);
        }
        report(s);
    }

    private void report(SectionState s) {
        StatusRule.Verdict verdict = StatusRule.of(s);
        if (verdict.status() != s.reportedStatus || !verdict.detail().equals(s.reportedDetail)) {
            s.reportedStatus = verdict.status();
            s.reportedDetail = verdict.detail();
            listeners.statusChanged(s.id, verdict.status(), verdict.detail());
        }
    }

    private synchronized boolean awaitingReopen(UUID sectionId) {
        SectionState s = sections.get(sectionId);
        return s != null && s.awaitingReopen;
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("The section saver is closed");
        }
    }

    private static OpenedSection opened(UUID id, String text, long version, boolean fromJournal) {
        return new OpenedSection(id, text, version, WordCount.of(MarkdownFormat.parse(text)).words(), fromJournal);
    }
}
