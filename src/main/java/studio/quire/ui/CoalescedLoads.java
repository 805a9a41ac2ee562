package studio.quire.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * One background load at a time for a view model fed by database notifications: a load asked
 * for while one runs is not started but remembered, and run once when the running one ends, so a
 * burst of notifications costs at most two loads. Used on the FX thread only.
 */
public final class CoalescedLoads {
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private boolean again;

    /** Whether a load runs now; if so, another is remembered for when it ends (the caller starts nothing). */
    public boolean deferIfRunning() {
        if (loading.get()) {
            again = true;
            return true;
        }
        return false;
    }

    /** A load starts (call it before handing the work to the executor). */
    public void started() {
        loading.set(true);
    }

    /** The load ended, however it ended; {@code reload} runs when another was asked for meanwhile. */
    public void finished(Runnable reload) {
        loading.set(false);
        if (again) {
            again = false;
            reload.run();
        }
    }

    /**
     * Starts afresh (what was loading is no longer wanted): nothing runs as far as later requests
     * know, nothing is remembered. The abandoned load must not call {@link #finished} when it ends.
     */
    public void reset() {
        loading.set(false);
        again = false;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
