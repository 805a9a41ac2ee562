package studio.quire.ui;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Work for a background thread, with callbacks that the executor runs on the UI thread. Built
 * fluently by a view model: {@code BackgroundTask.of(repo::load).onSuccess(list::setAll)}.
 *
 * @param <T> what the work produces
 */
public final class BackgroundTask<T> {
    /** The work itself; it may report progress and should stop early once cancelled. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** Handed to the work: progress reports and the cancellation flag. */
    public interface Progress {
        void update(double fraction, String message);

        boolean isCancelled();
    }

    private final Work<T> work;
    private String title = "";
    private Consumer<? super T> onSuccess = value -> { };
    private Consumer<Throwable> onFailure = error -> { };
    private Runnable onFinished = () -> { };
    private ProgressListener onProgress = (fraction, message) -> { };

    private BackgroundTask(Work<T> work) {
        this.work = Objects.requireNonNull(work);
    }

    public static <T> BackgroundTask<T> of(Work<T> work) {
        return new BackgroundTask<>(work);
    }

    /** For work that returns nothing. */
    public static BackgroundTask<Void> ofRunnable(ThrowingRunnable runnable) {
        return new BackgroundTask<>(progress -> {
            runnable.run();
            return null;
        });
    }

    public BackgroundTask<T> titled(String value) {
        this.title = value;
        return this;
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> consumer) {
        this.onSuccess = consumer;
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> consumer) {
        this.onFailure = consumer;
        return this;
    }

    /** Runs after success or failure (not after cancellation), e.g. to clear a busy flag. */
    public BackgroundTask<T> onFinished(Runnable runnable) {
        this.onFinished = runnable;
        return this;
    }

    public BackgroundTask<T> onProgress(ProgressListener listener) {
        this.onProgress = listener;
        return this;
    }

    public String title() {
        return title;
    }

    Work<T> work() {
        return work;
    }

    void succeeded(T value) {
        try {
            onSuccess.accept(value);
        } finally {
            onFinished.run();
        }
    }

    void failed(Throwable error) {
        try {
            onFailure.accept(error);
        } finally {
            onFinished.run();
        }
    }

    void progressed(double fraction, String message) {
        onProgress.update(fraction, message);
    }

    /** Receives progress on the UI thread. */
    @FunctionalInterface
    public interface ProgressListener {
        void update(double fraction, String message);
    }

    /** A runnable that may throw. */
    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}
