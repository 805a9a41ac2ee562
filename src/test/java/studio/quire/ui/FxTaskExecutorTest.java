package studio.quire.ui;

import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The background executor: work off the UI thread, callbacks on it, cancellation honoured. */
class FxTaskExecutorTest {
    private final ExecutorService uiThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "fake-ui"));
    private final FxTaskExecutor executor = new FxTaskExecutor(uiThread, 2);

    @AfterEach
    void close() {
        executor.close();
        uiThread.shutdownNow();
    }

    @Test
    void execute_runsWorkInTheBackground_andDeliversTheResultOnTheUiThread() throws Exception {
        AtomicReference<String> workThread = new AtomicReference<>();
        AtomicReference<String> callbackThread = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        executor.execute(BackgroundTask.of(progress -> {
                    workThread.set(Thread.currentThread().getName());
                    return 42;
                })
                .onSuccess(value -> {
                    callbackThread.set(Thread.currentThread().getName() + ":" + value);
                    done.countDown();
                }));
        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(workThread.get()).startsWith("quire-background-");
        assertThat(callbackThread.get()).isEqualTo("fake-ui:42");
    }

    @Test
    void execute_deliversFailures_andThenRunsOnFinished() throws Exception {
        List<String> events = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        executor.execute(BackgroundTask.of(progress -> {
                    throw new IllegalStateException("disk full");
                })
                .onFailure(error -> events.add("failed:" + error.getMessage()))
                .onFinished(() -> {
                    events.add("finished");
                    done.countDown();
                }));
        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(events).containsExactly("failed:disk full", "finished");
    }

    @Test
    void cancel_stopsCooperativeWork_andNoCallbackRuns() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        List<String> callbacks = new CopyOnWriteArrayList<>();
        TaskExecutor.TaskHandle handle = executor.execute(BackgroundTask.of(progress -> {
                    started.countDown();
                    while (!progress.isCancelled()) {
                        Thread.onSpinWait();
                    }
                    stopped.countDown();
                    return "late";
                })
                .onSuccess(callbacks::add)
                .onFailure(e -> callbacks.add("failure")));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        handle.cancel();
        assertThat(stopped.await(5, TimeUnit.SECONDS)).isTrue();
        // Anything the task queued on the UI thread has run once this marker runs.
        CountDownLatch drained = new CountDownLatch(1);
        uiThread.execute(drained::countDown);
        assertThat(drained.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(handle.isCancelled()).isTrue();
        assertThat(callbacks).isEmpty();
    }

    @Test
    void progress_reachesTheUiThread_withTheLatestValue() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        executor.execute(BackgroundTask.of(progress -> {
                    for (int i = 1; i <= 1000; i++) {
                        progress.update(i / 1000.0, "step " + i);
                    }
                    return null;
                })
                .onProgress((fraction, message) -> seen.add(message))
                .onSuccess(v -> done.countDown()));
        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        CountDownLatch drained = new CountDownLatch(1);
        uiThread.execute(drained::countDown);
        drained.await(5, TimeUnit.SECONDS);
        assertThat(seen).isNotEmpty().hasSizeLessThanOrEqualTo(1000).last().isEqualTo("step 1000");
    }

    @Test
    void command_executesOnlyWhileExecutable() {
        SimpleBooleanProperty allowed = new SimpleBooleanProperty(false);
        List<String> runs = new CopyOnWriteArrayList<>();
        Command command = Command.of(() -> runs.add("ran"), allowed);
        command.execute();
        assertThat(runs).isEmpty();
        assertThat(command.executableProperty().get()).isFalse();
        allowed.set(true);
        command.execute();
        assertThat(runs).containsExactly("ran");
    }
}
