package studio.quire.ui;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The one step a page can take back: what it is called ("Undo rename") and how to do it.
 * Offering a new step replaces the old one; taking it empties the slot first, so it runs once.
 */
public final class UndoSlot {
    private final ReadOnlyStringWrapper label = new ReadOnlyStringWrapper("");
    private Runnable action;

    public void offer(String name, Runnable undo) {
        action = undo;
        label.set(name);
    }

    public void clear() {
        action = null;
        label.set("");
    }

    /** Runs the offered step, if any, after emptying the slot. */
    public void take() {
        Runnable undo = action;
        clear();
        if (undo != null) {
            undo.run();
        }
    }

    public BooleanBinding offered() {
        return label.isNotEmpty();
    }

    public ReadOnlyStringProperty labelProperty() {
        return label.getReadOnlyProperty();
    }
}
