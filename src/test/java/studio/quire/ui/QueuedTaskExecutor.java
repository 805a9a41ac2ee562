package studio.quire.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * Holds tasks until a test runs them, in any order, on the calling thread, callbacks included.
 * Cancelling does not stop a held task's callbacks: it plays a result that arrives after its work
 * was given up, which the code under test must ignore by itself.
 */
public final class QueuedTaskExecutor implements TaskExecutor {
    private final List<BackgroundTask<?>> held = new ArrayList<>();

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        held.add(task);
        boolean[] cancelled = {false};
        return new TaskHandle() {
            @Override
            public void cancel() {
                cancelled[0] = true;
            }

            @Override
            public boolean isCancelled() {
                return cancelled[0];
            }
        };
    }

    /** How many tasks wait. */
    public int waiting() {
        return held.size();
    }

    /** Runs the waiting task at {@code index} (0: the oldest). */
    public void run(int index) {
        runTask(held.remove(index));
    }

    /** Runs every waiting task, oldest first, and any they start. */
    public void runAll() {
        while (!held.isEmpty()) {
            run(0);
        }
    }

    private static <T> void runTask(BackgroundTask<T> task) {
        T value;
        try {
            value = task.work().run(new BackgroundTask.Progress() {
                @Override
                public void update(double fraction, String message) {
                    task.progressed(fraction, message);
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            });
        } catch (Exception e) {
            task.failed(e);
            return;
        }
        task.succeeded(value);
    }

    @Override
    public void close() {
        held.clear();
    }
}
