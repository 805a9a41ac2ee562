package studio.quire.ui;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ActionsTest {
    private final List<String> happened = new ArrayList<>();
    private final QueuedTaskExecutor executor = new QueuedTaskExecutor();
    private final Actions actions = new Actions(executor, error -> happened.add("reported " + error.getMessage()));

    @Test
    void busy_marksBusyUntilTheWorkHasEnded_thenRunsOnSuccessAndOnFinished() {
        actions.busy("Saving", () -> "saved")
                .onSuccess(value -> happened.add(value + ", busy " + actions.isBusy()))
                .onFinished(() -> happened.add("finished, busy " + actions.isBusy()))
                .start();
        assertThat(actions.busyProperty().get()).as("busy while the work waits").isTrue();

        executor.runAll();

        assertThat(actions.isBusy()).isFalse();
        assertThat(happened).containsExactly("saved, busy true", "finished, busy false");
    }

    @Test
    void busy_reportsAFailureFirst_thenOnFailure_thenOnFinished() {
        actions.busy("Saving", () -> {
                    throw new IllegalStateException("refused");
                })
                .onSuccess(value -> happened.add("success"))
                .onFailure(error -> happened.add("rolled back"))
                .onFinished(() -> happened.add("finished"))
                .start();
        executor.runAll();

        assertThat(happened).containsExactly("reported refused", "rolled back", "finished");
        assertThat(actions.isBusy()).isFalse();
    }

    @Test
    void background_leavesTheBusyFlagAlone_andReportsFailures() {
        actions.background("Loading", () -> {
            throw new IllegalStateException("gone");
        }).start();
        assertThat(actions.isBusy()).isFalse();

        executor.runAll();

        assertThat(happened).containsExactly("reported gone");
    }

    @Test
    void start_runsNothing_untilCalled() {
        Actions.Action<String> action = actions.busy("Saving", () -> {
            happened.add("ran");
            return "x";
        });

        assertThat(executor.waiting()).isZero();
        assertThat(actions.isBusy()).isFalse();
        action.start();
        assertThat(executor.waiting()).isEqualTo(1);
    }

    @Test
    void busy_onTheSameThreadExecutor_endsBusyBeforeStartReturns() {
        Actions now = new Actions(new SameThreadTaskExecutor(), error -> happened.add("reported"));

        now.busy("Saving", () -> 1).onSuccess(v -> happened.add("saved")).start();

        assertThat(now.isBusy()).isFalse();
        assertThat(happened).containsExactly("saved");
    }
}
