package studio.quire.editor;

import studio.quire.ui.BackgroundTask;
import studio.quire.ui.TaskExecutor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/**
 * Background work of one editor, one job at a time and in order, with a coalescing slot: of the
 * jobs handed to {@link #latest} only the newest waiting one runs ("latest wins"), and it runs
 * before queued jobs, so an edit typed before switching sections reaches the store before the
 * switch flushes it. Used on the FX thread only; the work runs on the executor's threads.
 */
final class EditorLane {
    private final TaskExecutor executor;
    private final Deque<Job<?>> queue = new ArrayDeque<>();
    private Job<?> latest;
    private boolean running;

    EditorLane(TaskExecutor executor) {
        this.executor = executor;
    }

    /** Replaces the waiting coalesced job, if any, with this one. */
    <T> void latest(BackgroundTask.Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        latest = new Job<>(work, onSuccess, onFailure);
        kick();
    }

    /** Runs after everything handed over before it. */
    <T> void then(BackgroundTask.Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        queue.add(new Job<>(work, onSuccess, onFailure));
        kick();
    }

    /** True while work is running or waiting. */
    boolean isBusy() {
        return running || latest != null || !queue.isEmpty();
    }

    private void kick() {
        if (running) {
            return;
        }
        Job<?> next = latest != null ? latest : queue.poll();
        if (next == latest) {
            latest = null;
        }
        if (next == null) {
            return;
        }
        running = true;
        start(next);
    }

    private <T> void start(Job<T> job) {
        executor.execute(BackgroundTask.of(job.work).onSuccess(job.onSuccess).onFailure(job.onFailure)
                .onFinished(() -> {
                    running = false;
                    kick();
                }));
    }

    private record Job<T>(BackgroundTask.Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
    }
}
