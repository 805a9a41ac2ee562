package studio.quire.manuscript.tree;

import javafx.beans.InvalidationListener;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;

import java.util.Locale;

/**
 * One row of the binder: "Chapter 3 · 4,512 words", styled by the node's kind and status. A row
 * is as wide as the binder, never wider: a long title ends in "…" (its tooltip has it whole)
 * rather than pushing a horizontal scroll bar under the tree.
 */
final class ManuscriptTreeCell extends TreeCell<ManuscriptNodeViewModel> {
    private final InvalidationListener restyle = obs -> restyle();
    private final Tooltip whole = new Tooltip();

    ManuscriptTreeCell(TreeDragGesture drag) {
        getStyleClass().add("manuscript-node");
        setTextOverrun(OverrunStyle.ELLIPSIS);
        drag.install(this);
    }

    /** No wider than it is given: the tree then has no horizontal scroll bar, and the text ends in "…". */
    @Override
    protected double computePrefWidth(double height) {
        return 0;
    }

    @Override
    protected void updateItem(ManuscriptNodeViewModel item, boolean empty) {
        ManuscriptNodeViewModel old = getItem();
        if (old != null) {
            old.statusProperty().removeListener(restyle);
        }
        super.updateItem(item, empty);
        textProperty().unbind();
        whole.textProperty().unbind();
        if (empty || item == null) {
            setText(null);
            setTooltip(null);
        } else {
            textProperty().bind(item.displayTextProperty());
            whole.textProperty().bind(item.displayTextProperty());
            setTooltip(whole);
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
