package studio.quire.ui;

/**
 * Runs {@link BackgroundTask}s off the UI thread and delivers their results on it. View models
 * depend on this interface; the app uses {@link FxTaskExecutor}, tests {@link SameThreadTaskExecutor}.
 */
public interface TaskExecutor extends AutoCloseable {
    <T> TaskHandle execute(BackgroundTask<T> task);

    @Override
    void close();

    /** A running task: it can be cancelled; its callbacks then never run. */
    interface TaskHandle {
        void cancel();

        boolean isCancelled();
    }
}
