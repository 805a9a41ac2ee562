package studio.quire.editor.save;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.quire.editor.store.OpenedSection;
import studio.quire.editor.store.SaveListener;
import studio.quire.editor.store.SaveStatus;
import studio.quire.editor.store.SectionStore;
import studio.quire.editor.store.SectionText;
import studio.quire.editor.store.SectionTextRepository;
import studio.quire.editor.journal.Journal;
import studio.quire.editor.journal.JournalEntry;

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
 * by the sessions of a data directory and stays open when the saver closes. Its parts:
 * {@link JournalHandOver} (texts to the journal, checkpoints), {@link SaveSettlement} (the database's
 * answers), {@link SaveScheduler} (when), {@link JournalRecovery} (entries the database lacks).
 */
public final class SectionSaver implements SectionStore, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SectionSaver.class);

    private final SectionTextRepository repository;
    private final SaveTimings timings;
    private final Clock clock;
    private final SaveScheduler scheduler;
    private final SaveListeners listeners;
    private final JournalRecovery recovery;
    private final JournalHandOver handOver;
    private final SaveSettlement settlement;
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
        scheduler = new SaveScheduler(this, timings, clock, this::save, this::report);
        listeners = new SaveListeners(scheduler.notifications());
        recovery = new JournalRecovery(repository, Objects.requireNonNull(journal, "journal"), listeners);
        handOver = new JournalHandOver(this, sections, journal, timings, clock, listeners, recovery);
        settlement = new SaveSettlement(this, repository, clock, scheduler, listeners, handOver);
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
                return OpenedSection.of(sectionId, s.newest, s.saveBase(), false);
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
            return OpenedSection.of(sectionId, stored.body(), stored.version(), false);
        }
        JournalEntry entry = pending.get();
        if (entry.baseVersion() != stored.version()) {
            // The database moved on since this text was journalled: keep it as a conflict revision now.
            JournalRecovery.Outcome outcome = recovery.save(entry);
            if (outcome != JournalRecovery.Outcome.LEFT) {
                SectionText now = repository.load(sectionId);
                track(now, outcome == JournalRecovery.Outcome.CONFLICT);
                return OpenedSection.of(sectionId, now.body(), now.version(), false);
            }
        }
        resume(entry);
        return OpenedSection.of(sectionId, entry.content(), entry.baseVersion(), true);
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
            handOver.offer(s);
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
        handOver.close();
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

    // Methods rather than lambdas: the scheduler is built before the settlement and the listeners.
    private void save(SectionState s) {
        settlement.save(s);
    }

    private void report(SectionState s) {
        listeners.report(s);
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
}
