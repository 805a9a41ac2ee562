package studio.quire.ui;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class CoalescedLoadsTest {
    private final CoalescedLoads loads = new CoalescedLoads();
    private final AtomicInteger reloads = new AtomicInteger();

    @Test
    void requestsWhileALoadRuns_costOneReloadWhenItEnds() {
        assertThat(loads.deferIfRunning()).as("nothing runs: the caller loads").isFalse();
        loads.started();
        assertThat(loads.loadingProperty().get()).isTrue();

        assertThat(loads.deferIfRunning()).isTrue();
        assertThat(loads.deferIfRunning()).isTrue();
        loads.finished(reloads::incrementAndGet);

        assertThat(reloads).hasValue(1);
        assertThat(loads.loadingProperty().get()).isFalse();
        loads.finished(reloads::incrementAndGet);
        assertThat(reloads).as("nothing was asked for since").hasValue(1);
    }

    @Test
    void reset_forgetsWhatRanAndWhatWasAskedFor() {
        loads.started();
        loads.deferIfRunning();

        loads.reset();

        assertThat(loads.loadingProperty().get()).isFalse();
        assertThat(loads.deferIfRunning()).isFalse();
        loads.started();
        loads.finished(reloads::incrementAndGet);
        assertThat(reloads).hasValue(0);
    }
}
