package studio.quire.editor.save;

import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * When a section's save runs (ADR 0010): after typing pauses, at least every longest interval
 * while it goes on, at once on a flush, after a growing wait when the server could not be reached.
 * Owns a timer thread (which also tells the listeners and never waits on I/O) and the one thread
 * that talks to the database. Called with the saver's lock held; its own timer tasks take it.
 */
final class SaveScheduler {
    private final Object lock;
    private final SaveTimings timings;
    private final Clock clock;
    private final Consumer<SectionState> save;
    private final Consumer<SectionState> slow;
    private final ScheduledThreadPoolExecutor timer;
    private final ExecutorService saves;

    /**
     * @param save runs on the save thread, without the lock
     * @param slow told (with the lock held) that a save has gone unanswered for {@link SaveTimings#slowAnswer()}
     */
    SaveScheduler(Object lock, SaveTimings timings, Clock clock, Consumer<SectionState> save,
                  Consumer<SectionState> slow) {
        this.lock = lock;
        this.timings = timings;
        this.clock = clock;
        this.save = save;
        this.slow = slow;
        timer = new ScheduledThreadPoolExecutor(1, daemon("quire-save-timer"));
        timer.setRemoveOnCancelPolicy(true);
        timer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        saves = Executors.newSingleThreadExecutor(daemon("quire-section-saver"));
    }

    /** The thread listeners are told on. */
    Executor notifications() {
        return timer;
    }

    /** Typing goes on: save when it pauses, or when the oldest unsaved edit reaches the longest interval. */
    void afterEdit(SectionState s) {
        if (s.saving || s.retryScheduled) {
            return;
        }
        long due = Math.min(s.lastEditAt + timings.pause().toMillis(), s.firstUnsavedAt + timings.maxInterval().toMillis());
        s.cancelTimer();
        s.timer = schedule(() -> due(s), Math.max(0, due - clock.millis()));
    }

    /** Saves now (unless a save of the section is under way; then the saver continues after it). */
    void saveNow(SectionState s) {
        s.cancelTimer();
        s.saving = true;
        long attempt = ++s.attempts;
        try {
            saves.execute(() -> save.accept(s));
            schedule(() -> checkAnswered(s, attempt), timings.slowAnswer().toMillis());
        } catch (RejectedExecutionException e) {
            s.saving = false;
        }
    }

    /** After a save: what is still unsaved goes now when a flush asked for it, else on the usual schedule. */
    void next(SectionState s) {
        if (s.flushRequested) {
            s.flushRequested = false;
            saveNow(s);
        } else {
            afterEdit(s);
        }
    }

    /** Tries again after the wait for retry number {@code retry}; edits meanwhile do not hurry it. */
    void retryLater(SectionState s, int retry) {
        s.cancelTimer();
        s.flushRequested = false;
        s.retryScheduled = true;
        s.timer = schedule(() -> due(s), timings.retryAfter(retry).toMillis());
        if (s.timer == null) {
            s.retryScheduled = false;
        }
    }

    /** Stops both threads, letting the listeners hear what is already queued. */
    void shutdown() {
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

    private void due(SectionState s) {
        synchronized (lock) {
            s.timer = null;
            s.retryScheduled = false;
            if (!s.saving && s.hasUnsaved()) {
                saveNow(s);
            }
        }
    }

    private void checkAnswered(SectionState s, long attempt) {
        synchronized (lock) {
            if (s.saving && s.attempts == attempt) {
                s.slow = true;
                slow.accept(s);
            }
        }
    }

    private java.util.concurrent.ScheduledFuture<?> schedule(Runnable task, long delayMillis) {
        try {
            return timer.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            return null;
        }
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
