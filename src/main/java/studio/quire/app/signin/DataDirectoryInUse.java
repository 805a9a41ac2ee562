package studio.quire.app.signin;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import studio.quire.db.QuireAlreadyRunningException;
import studio.quire.ui.BackgroundTask;
import studio.quire.ui.TaskExecutor;

/**
 * What the window says while another Quire holds this computer's data directory: which process,
 * and that this window connects by itself once that one has quit (or, when nobody can tell when
 * it quits, that the writer tries again then). Part of {@link SessionViewModel}; knows no controls.
 */
public final class DataDirectoryInUse {
    private final TaskExecutor executor;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper waiting = new ReadOnlyBooleanWrapper();

    DataDirectoryInUse(TaskExecutor executor) {
        this.executor = executor;
    }

    /** Shows who holds the directory; {@code whenFree} runs on the UI thread once that process has ended. */
    void show(QuireAlreadyRunningException running, Runnable whenFree) {
        var quits = running.whenHolderQuits();
        String other = running.holderPid().map(pid -> "Another Quire (process " + pid + ")").orElse("Another Quire");
        message.set(other + " is using this computer's data directory, " + running.home()
                + ". Switch to that window to go on working: only one Quire at a time can use it.");
        hint.set(quits.isPresent() ? "This window connects by itself as soon as the other Quire quits."
                : "Quit the other Quire, then try again.");
        waiting.set(quits.isPresent());
        // The JDK completes this on a thread of its own; the executor brings it to the UI thread.
        quits.ifPresent(exit -> exit.thenRun(() -> executor.execute(BackgroundTask.ofRunnable(() -> { })
                .titled("The other Quire quit")
                .onSuccess(v -> {
                    waiting.set(false);
                    whenFree.run();
                }))));
    }

    /** "Another Quire (process 8722) is using this computer's data directory, …" */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** What happens next: this window connects by itself, or the writer tries again. */
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    /** True while this window waits for the other Quire to quit (trying again cannot work meanwhile). */
    public ReadOnlyBooleanProperty waitingProperty() {
        return waiting.getReadOnlyProperty();
    }
}
