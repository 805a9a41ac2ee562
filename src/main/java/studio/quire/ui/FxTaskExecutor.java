package studio.quire.ui;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.Executor;

/**
 * A small pool of daemon threads for database, file and heavy work; callbacks go through
 * {@code uiThread} (Platform::runLater in the app). Progress reports are coalesced so that a
 * chatty task cannot flood the UI thread.
 */
public final class FxTaskExecutor implements TaskExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);

    private final ExecutorService pool;
    private final Executor uiThread;

    public FxTaskExecutor(Executor uiThread, int threads) {
        this.uiThread = uiThread;
        this.pool = Executors.newFixedThreadPool(threads, daemonThreads());
    }

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        Handle handle = new Handle();
        try {
            handle.future = pool.submit(() -> run(task, handle));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // Quire is closing: work asked for now would outlive the window; it is dropped.
            LOG.debug("Background task '{}' dropped: shutting down", task.title());
            handle.cancel();
        }
        return handle;
    }

    private <T> void run(BackgroundTask<T> task, Handle handle) {
        AtomicBoolean progressPending = new AtomicBoolean();
        BackgroundTask.Progress progress = new BackgroundTask.Progress() {
            private volatile double fraction;
            private volatile String message = "";

            @Override
            public void update(double f, String m) {
                fraction = f;
                message = m;
                if (progressPending.compareAndSet(false, true)) {
                    uiThread.execute(() -> {
                        progressPending.set(false);
                        if (!handle.isCancelled()) {
                            task.progressed(fraction, message);
                        }
                    });
                }
            }

            @Override
            public boolean isCancelled() {
                return handle.isCancelled() || Thread.currentThread().isInterrupted();
            }
        };
        try {
            T value = task.work().run(progress);
            uiThread.execute(() -> {
                if (!handle.isCancelled()) {
                    task.succeeded(value);
                }
            });
        } catch (Throwable error) {
            if (!handle.isCancelled()) {
                LOG.debug("Background task '{}' failed", task.title(), error);
                uiThread.execute(() -> task.failed(error));
            }
        }
    }

    /**
     * Lets running work finish (a settings write must not be cut in half, a database start must
     * end so that it can be stopped), then stops; only work stuck for 30 s is interrupted.
     */
    @Override
    public void close() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("Background work still running after 30 s at exit; interrupting it");
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "quire-background-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static final class Handle implements TaskHandle {
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private volatile Future<?> future;

        @Override
        public void cancel() {
            cancelled.set(true);
            Future<?> f = future;
            if (f != null) {
                f.cancel(true);
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }
    }
}
