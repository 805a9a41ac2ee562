package studio.quire.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;

/**
 * An action a view model offers, with an {@code executable} property that a view binds to a
 * control's {@code disable}. Executing a command that is not executable does nothing.
 */
public final class Command {
    private final Runnable action;
    private final ReadOnlyBooleanWrapper executable = new ReadOnlyBooleanWrapper(true);

    private Command(Runnable action) {
        this.action = action;
    }

    /** Always executable. */
    public static Command of(Runnable action) {
        return new Command(action);
    }

    /** Executable while {@code condition} is true. */
    public static Command of(Runnable action, ObservableBooleanValue condition) {
        Command command = new Command(action);
        command.executable.bind(condition);
        return command;
    }

    public ReadOnlyBooleanProperty executableProperty() {
        return executable.getReadOnlyProperty();
    }

    public boolean isExecutable() {
        return executable.get();
    }

    public void execute() {
        if (executable.get()) {
            action.run();
        }
    }
}
