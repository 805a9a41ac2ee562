package studio.quire.ui;

/**
 * Runs tasks at once on the calling thread, callbacks included: for view model tests without a
 * UI toolkit. Never used by the app itself.
 */
public final class SameThreadTaskExecutor implements TaskExecutor {

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        boolean[] cancelled = {false};
        TaskHandle handle = new TaskHandle() {
            @Override
            public void cancel() {
                cancelled[0] = true;
            }

            @Override
            public boolean isCancelled() {
                return cancelled[0];
            }
        };
        T value;
        try {
            value = task.work().run(new BackgroundTask.Progress() {
                @Override
                public void update(double fraction, String message) {
                    task.progressed(fraction, message);
                }

                @Override
                public boolean isCancelled() {
                    return cancelled[0];
                }
            });
        } catch (Exception e) {
            task.failed(e);
            return handle;
        }
        task.succeeded(value);
        return handle;
    }

    @Override
    public void close() {
        // nothing to stop
    }
}
