package studio.quire.manuscript;

import javafx.beans.InvalidationListener;
import javafx.scene.control.TreeCell;

import java.util.Locale;

/** One row of the binder: "Chapter 3 · 4,512 words", styled by the node's kind and status. */
final class ManuscriptTreeCell extends TreeCell<ManuscriptNodeViewModel> {
    private final InvalidationListener restyle = obs -> restyle();

    ManuscriptTreeCell(TreeDragGesture drag) {
        getStyleClass().add("manuscript-node");
        drag.install(this);
    }

    @Override
    protected void updateItem(ManuscriptNodeViewModel item, boolean empty) {
        ManuscriptNodeViewModel old = getItem();
        if (old != null) {
            old.statusProperty().removeListener(restyle);
        }
        super.updateItem(item, empty);
        textProperty().unbind();
        if (empty || item == null) {
            setText(null);
        } else {
            textProperty().bind(item.displayTextProperty());
            item.statusProperty().addListener(restyle);
        }
        restyle();
    }

    private void restyle() {
        getStyleClass().removeIf(c -> c.startsWith("status-") || c.startsWith("kind-"));
        ManuscriptNodeViewModel item = getItem();
        if (item != null && !isEmpty()) {
            getStyleClass().add("status-" + cssName(item.statusProperty().get().name()));
            getStyleClass().add("kind-" + cssName(item.kindProperty().get().name()));
        }
    }

    private static String cssName(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
