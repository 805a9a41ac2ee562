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
import studio.quire.editor.text.MarkdownFormat;
import studio.quire.editor.text.WordCount;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * The never-lose-a-word path of one signed-in session (ARCHITECTURE.md, ADR 0010): every edit goes
 * to the journal at once (durable within a second) and to the database when typing pauses, with
 * the optimistic version check of {@link SectionTextRepository}. One background thread saves; a
 * timer thread schedules and tells the listeners; the journal writer has its own. The journal is
 * shared and stays open when the saver closes.
 */
public final class SectionSaver implements SectionStore, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SectionSaver.class);
    private static final long CONTINUE = -2;

    private final SectionTextRepository repository;
    private final SaveTimings timings;
    private final Clock clock;
    private final ScheduledThreadPoolExecutor timer;
    private final ExecutorService saves;
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
        timer = new ScheduledThreadPoolExecutor(1, daemon("quire-save-timer"));
        timer.setRemoveOnCancelPolicy(true);
        timer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        saves = Executors.newSingleThreadExecutor(daemon("quire-section-saver"));
        listeners = new SaveListeners(timer);
        recovery = new JournalRecovery(repository, journal, listeners);
        writer = new JournalWriter(Objects.requireNonNull(journal, "journal"), timings.journalDelay(), clock,
                new Durability(this));
    }

    @Override
    public OpenedSection open(UUID sectionId) {
        synchronized (this) {
            requireOpen();
            SectionState s = sections.get(sectionId);
            if (s != null && s.hasUnsaved()) {
                return opened(sectionId, s.newest, s.base, false);
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
            if (markdown.equals(s.newest)) {
                return;
            }
            long now = clock.millis();
            s.newest = markdown;
            s.lastEdit++;
            s.lastEditAt = now;
            if (s.firstUnsavedAt < 0) {
                s.firstUnsavedAt = now;
            }
            journal(s);
            if (!s.saving && !s.retryScheduled) {
                scheduleSave(s);
            }
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
        return recovery.replay(id -> {
            synchronized (this) {
                return sections.containsKey(id);
            }
        });
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
        saves.shutdown();
        timer.shutdown();
        try {
            if (!saves.awaitTermination(5, TimeUnit.SECONDS)) {
                saves.shutdownNow();
            }
            if (!timer.awaitTermination(5, TimeUnit.SECONDS)) {
                timer.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            saves.shutdownNow();
            timer.shutdownNow();
        }
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
                submitSave(s);
            }
            while (!flushed(s, target, finishedBefore)) {
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

    /** The database has the target edit, or a try since the flush began failed with the text safe here. */
    private static boolean flushed(SectionState s, long target, long finishedBefore) {
        if (s.settled >= target) {
            return true;
        }
        boolean failedSince = !s.saving && s.finishedAttempts > finishedBefore && s.settled < s.finishedAttemptEdit;
        return failedSince && (s.refusal != null || s.retryDetail != null && s.newestIsDurable());
    }

    // ---- scheduling (all under the lock) ----

    private void scheduleSave(SectionState s) {
        long now = clock.millis();
        long due = Math.min(s.lastEditAt + timings.pause().toMillis(),
                s.firstUnsavedAt + timings.maxInterval().toMillis());
        s.cancelTimer();
        s.timer = timer.schedule(() -> startSave(s), Math.max(0, due - now), TimeUnit.MILLISECONDS);
    }

    private synchronized void startSave(SectionState s) {
        s.timer = null;
        s.retryScheduled = false;
        if (!s.saving && s.hasUnsaved()) {
            submitSave(s);
        }
    }

    private void submitSave(SectionState s) {
        s.cancelTimer();
        s.saving = true;
        long attempt = ++s.attempts;
        try {
            saves.execute(() -> runSave(s));
            timer.schedule(() -> answerIsSlow(s, attempt), timings.slowAnswer().toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            s.saving = false;
        }
    }

    private synchronized void answerIsSlow(SectionState s, long attempt) {
        if (s.saving && s.attempts == attempt) {
            s.slow = true;
            report(s);
        }
    }

    private void retryLater(SectionState s, int failures) {
        s.cancelTimer();
        s.flushRequested = false;
        s.retryScheduled = true;
        try {
            s.timer = timer.schedule(() -> startSave(s), timings.retryAfter(failures).toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            s.retryScheduled = false;
        }
    }

    // ---- the save thread ----

    private void runSave(SectionState s) {
        String text;
        long edit;
        long base;
        synchronized (this) {
            text = s.newest;
            edit = s.lastEdit;
            base = s.base;
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
        s.base = version;
        s.settled = Math.max(s.settled, edit);
        s.conflicted = !conflicts.isEmpty();
        conflicts.forEach(listeners::conflict);
        succeeded(s, edit);
        if (s.hasUnsaved()) {
            // The newer text builds on the version just saved: journal it with that base for an honest replay.
            journal(s);
        }
        return s.checkpointable();
    }

    private long settleConflict(SectionState s, long edit, SectionText server, List<SectionConflict> conflicts) {
        s.base = server.version();
        s.settled = Math.max(s.settled, edit);
        s.conflicted = true;
        s.newest = server.body();
        conflicts.forEach(listeners::conflict);
        succeeded(s, edit);
        return s.checkpointable();
    }

    private void succeeded(SectionState s, long edit) {
        s.retryDetail = null;
        s.refusal = null;
        s.failures = 0;
        s.transientFailures = 0;
        endAttempt(s, edit);
        if (s.hasUnsaved()) {
            s.firstUnsavedAt = clock.millis();
            continueSaving(s);
        } else {
            s.firstUnsavedAt = -1;
        }
        report(s);
        notifyAll();
    }

    private synchronized long settleFailure(SectionState s, long edit, RuntimeException error,
                                            List<SectionConflict> conflicts, long conflictedEdit) {
        if (!conflicts.isEmpty()) {
            // The base stays: the text still unsaved is of the losing lineage and must not overwrite.
            s.settled = Math.max(s.settled, conflictedEdit);
            s.conflicted = true;
            conflicts.forEach(listeners::conflict);
        }
        endAttempt(s, edit);
        SaveFailure kind = SaveFailure.of(error);
        if (kind == SaveFailure.TRANSIENT && ++s.transientFailures > 2) {
            kind = SaveFailure.REFUSED;
        }
        switch (kind) {
            case REFUSED -> {
                s.refusal = error.getMessage();
                s.retryDetail = null;
                s.flushRequested = false;
                LOG.info("Saving section {} was refused: {}", s.id, error.getMessage());
            }
            case TRANSIENT -> retryLater(s, 1);
            case UNREACHABLE -> {
                s.retryDetail = StatusRule.UNREACHABLE;
                if (++s.failures == 1) {
                    LOG.warn("The server can't be reached to save section {}; retrying: {}", s.id,
                            DatabaseProblems.firstLine(error));
                }
                retryLater(s, s.failures);
            }
            case UNEXPECTED -> {
                s.retryDetail = "Saving failed (" + DatabaseProblems.firstLine(error)
                        + "); your text is safe on this computer and saving will be tried again.";
                if (++s.failures == 1) {
                    LOG.error("Saving section {} failed; retrying", s.id, error);
                }
                retryLater(s, s.failures);
            }
        }
        report(s);
        notifyAll();
        return s.checkpointable();
    }

    private void endAttempt(SectionState s, long edit) {
        s.saving = false;
        s.slow = false;
        s.finishedAttempts++;
        s.finishedAttemptEdit = Math.max(s.finishedAttemptEdit, edit);
    }

    private void continueSaving(SectionState s) {
        if (s.flushRequested) {
            s.flushRequested = false;
            submitSave(s);
        } else if (!s.retryScheduled) {
            scheduleSave(s);
        }
    }

    // ---- journal and state ----

    private void journal(SectionState s) {
        s.offered(s.newest);
        try {
            writer.offer(s.id, s.base, s.newest);
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
            long edit = s.durable(entry.content());
            if (entry.sequence() > s.durableSequence) {
                s.durableSequence = entry.sequence();
                s.durableEdit = edit;
            }
            s.journalProblem = null;
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
        if (!s.hasUnsaved()) {
            s.base = stored.version();
            s.newest = stored.body();
            s.conflicted = conflicted;
            s.refusal = null;
            s.retryDetail = null;
        }
        report(s);
    }

    /** Takes up a journalled text the database lacks, as if it had just been typed, and saves it now. */
    private synchronized void resume(JournalEntry entry) {
        SectionState s = sections.computeIfAbsent(entry.sectionId(), id -> new SectionState(id, entry.baseVersion(),
                entry.content()));
        s.base = entry.baseVersion();
        s.newest = entry.content();
        s.lastEdit++;
        s.lastEditAt = clock.millis();
        s.firstUnsavedAt = s.lastEditAt;
        s.durableSequence = entry.sequence();
        s.durableEdit = s.lastEdit;
        s.conflicted = false;
        if (!s.saving) {
            submitSave(s);
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

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("The section saver is closed");
        }
    }

    private static OpenedSection opened(UUID id, String text, long version, boolean fromJournal) {
        return new OpenedSection(id, text, version, WordCount.of(MarkdownFormat.parse(text)).words(), fromJournal);
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
