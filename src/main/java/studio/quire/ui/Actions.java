package studio.quire.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A view model's background work, the way every view model runs it: an action marks the model
 * busy while it runs (its commands bind to {@link #busyProperty()} to stay off meanwhile), and a
 * failure goes to the model's report (usually {@link Failures#report}) before anything else
 * runs. Built like a {@link BackgroundTask}, and started with {@link Action#start()}:
 * <pre>{@code
 * actions.busy("Saving a comment", () -> repository.reply(id, words))
 *         .onSuccess(saved -> select(saved))
 *         .onFinished(this::changed)
 *         .start();
 * }</pre>
 * Used on the UI thread only.
 */
public final class Actions {
    private final TaskExecutor executor;
    private final Consumer<Throwable> report;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    /** @param report says a failure to the person (called on the UI thread) */
    public Actions(TaskExecutor executor, Consumer<Throwable> report) {
        this.executor = Objects.requireNonNull(executor);
        this.report = Objects.requireNonNull(report);
    }

    /** Work that makes the view model busy from now until it has ended, however it ends. */
    public <T> Action<T> busy(String title, Callable<T> work) {
        return new Action<>(title, work, true);
    }

    /** Work that leaves the busy flag alone: a load with a flag of its own, a save nobody waits for. */
    public <T> Action<T> background(String title, Callable<T> work) {
        return new Action<>(title, work, false);
    }

    /** True while a {@link #busy} action runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    /** One piece of work being set up; nothing runs before {@link #start()}. */
    public final class Action<T> {
        private final String title;
        private final Callable<T> work;
        private final boolean marksBusy;
        private Consumer<? super T> onSuccess = value -> { };
        private Consumer<Throwable> onFailure = error -> { };
        private Runnable onFinished = () -> { };

        private Action(String title, Callable<T> work, boolean marksBusy) {
            this.title = Objects.requireNonNull(title);
            this.work = Objects.requireNonNull(work);
            this.marksBusy = marksBusy;
        }

        /** What the result does, on the UI thread. */
        public Action<T> onSuccess(Consumer<? super T> consumer) {
            this.onSuccess = Objects.requireNonNull(consumer);
            return this;
        }

        /** What else a failure does, once it has been reported (roll back, reload). */
        public Action<T> onFailure(Consumer<Throwable> consumer) {
            this.onFailure = Objects.requireNonNull(consumer);
            return this;
        }

        /** What runs after success or failure, once the busy flag is off (a reload, say). */
        public Action<T> onFinished(Runnable runnable) {
            this.onFinished = Objects.requireNonNull(runnable);
            return this;
        }

        /**
         * Hands the work to the executor. Cancelling the handle drops every callback, the end of
         * busy included: cancel only {@link #background} work.
         */
        public TaskExecutor.TaskHandle start() {
            if (marksBusy) {
                busy.set(true);
            }
            return executor.execute(BackgroundTask.of(progress -> work.call())
                    .titled(title)
                    .onSuccess(onSuccess)
                    .onFailure(error -> {
                        report.accept(error);
                        onFailure.accept(error);
                    })
                    .onFinished(() -> {
                        if (marksBusy) {
                            busy.set(false);
                        }
                        onFinished.run();
                    }));
        }
    }
}
