package studio.quire.testsupport;

import studio.quire.ui.BackgroundTask;
import studio.quire.ui.SameThreadTaskExecutor;
import studio.quire.ui.TaskExecutor;

import java.util.ArrayDeque;
import java.util.Deque;

/** Holds each task until the test runs it (on the test's thread): to see what is shown while work is under way. */
public final class HeldExecutor implements TaskExecutor {
    private final SameThreadTaskExecutor inner = new SameThreadTaskExecutor();
    private final Deque<Runnable> tasks = new ArrayDeque<>();

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        tasks.add(() -> inner.execute(task));
        return new TaskHandle() {
            @Override
            public void cancel() {
                // held tasks always run in these tests
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }

    public int waiting() {
        return tasks.size();
    }

    public void runNext() {
        tasks.removeFirst().run();
    }

    public void runAll() {
        while (!tasks.isEmpty()) {
            runNext();
        }
    }

    @Override
    public void close() {
        tasks.clear();
    }
}
