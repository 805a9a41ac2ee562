package studio.quire.compare.view;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import studio.quire.compare.MergeChoices;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The writer's accept and reject decisions, with the steps back (Ctrl+Z) a writer expects after
 * a wrong click. Choices are immutable, so a step back is the previous value.
 */
final class MergeDecisions {
    /** Enough for a long session of clicking; older steps are dropped. */
    private static final int MAX_STEPS = 200;

    private final ReadOnlyObjectWrapper<MergeChoices> choices = new ReadOnlyObjectWrapper<>(MergeChoices.allAccepted());
    private final Deque<MergeChoices> previous = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);

    MergeChoices get() {
        return choices.get();
    }

    /** Takes {@code next} as the choices, keeping the current ones as a step back when they differ. */
    void choose(MergeChoices next) {
        MergeChoices current = choices.get();
        if (next.equals(current)) {
            return;
        }
        previous.push(current);
        if (previous.size() > MAX_STEPS) {
            previous.removeLast();
        }
        choices.set(next);
        canUndo.set(true);
    }

    void undo() {
        if (!previous.isEmpty()) {
            choices.set(previous.pop());
            canUndo.set(!previous.isEmpty());
        }
    }

    /** Every change accepted, no step back: for a comparison whose changes were counted afresh. */
    void reset() {
        previous.clear();
        canUndo.set(false);
        choices.set(MergeChoices.allAccepted());
    }

    ReadOnlyObjectProperty<MergeChoices> property() {
        return choices.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }
}
