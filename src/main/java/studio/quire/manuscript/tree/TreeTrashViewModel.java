package studio.quire.manuscript.tree;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import studio.quire.ui.Command;

import java.util.List;
import java.util.function.Consumer;

import studio.quire.manuscript.Hierarchy;
import studio.quire.manuscript.TrashedNode;

/**
 * The project's trash beside the binder: what was trashed (each with what went with it), most
 * recent first, refreshed with every tree load, and a restore of the chosen entry.
 */
public final class TreeTrashViewModel {
    private final ObservableList<TrashedNode> items = FXCollections.observableArrayList();
    private final ObservableList<TrashedNode> readOnlyItems = FXCollections.unmodifiableObservableList(items);
    private final ObjectProperty<TrashedNode> selected = new SimpleObjectProperty<>();
    private final BooleanProperty shown = new SimpleBooleanProperty(false);
    private final StringBinding label = Bindings.createStringBinding(
            () -> items.isEmpty() ? "Trash" : "Trash (" + items.size() + ")", items);
    private final Command restore;

    TreeTrashViewModel(Consumer<TrashedNode> restoreAction, ObservableBooleanValue canChange) {
        restore = Command.of(() -> restoreAction.accept(selected.get()), selected.isNotNull().and(canChange));
    }

    void update(List<TrashedNode> trashed) {
        TrashedNode keep = selected.get();
        items.setAll(trashed);
        selected.set(keep != null && trashed.contains(keep) ? keep : null);
    }

    public ObservableList<TrashedNode> items() {
        return readOnlyItems;
    }

    public ObjectProperty<TrashedNode> selectedProperty() {
        return selected;
    }

    /** Whether the trash list is open beside the tree. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    /** "Trash" or "Trash (3)". */
    public StringBinding labelProperty() {
        return label;
    }

    /** Brings back the selected entry where it stood (or at the end of the nearest parent that may hold it). */
    public Command restoreCommand() {
        return restore;
    }

    /** "Chapter · Into the woods", as the list shows an entry. */
    public static String describe(TrashedNode node) {
        return Hierarchy.label(node.kind()).substring(0, 1).toUpperCase(java.util.Locale.ROOT)
                + Hierarchy.label(node.kind()).substring(1) + " · " + node.title();
    }
}
