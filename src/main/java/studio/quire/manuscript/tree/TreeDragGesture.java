package studio.quire.manuscript.tree;

import javafx.scene.control.TreeCell;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.input.MouseEvent;

import java.util.List;

/**
 * Drag and drop inside the binder as a press-drag-release gesture (no system clipboard needed):
 * the row under the pointer shows where the nodes would land (a line before or after it, or a
 * highlight for "into"), or that they cannot go there; releasing asks the view model to move them.
 */
final class TreeDragGesture {
    static final String BEFORE = "drop-before";
    static final String INTO = "drop-into";
    static final String AFTER = "drop-after";
    static final String REFUSED = "drop-refused";
    private static final List<String> MARKS = List.of(BEFORE, INTO, AFTER, REFUSED);

    private final ManuscriptTreeViewModel viewModel;
    private List<ManuscriptNodeViewModel> dragged;

    TreeDragGesture(ManuscriptTreeViewModel viewModel) {
        this.viewModel = viewModel;
    }

    void install(TreeCell<ManuscriptNodeViewModel> cell) {
        cell.setOnDragDetected(e -> {
            if (cell.getItem() != null && !cell.isEmpty() && viewModel.canChangeProperty().get()) {
                dragged = viewModel.draggedWith(cell.getItem());
                cell.startFullDrag();
                e.consume();
            }
        });
        cell.addEventHandler(MouseDragEvent.MOUSE_DRAG_OVER, e -> mark(cell, e));
        cell.addEventHandler(MouseDragEvent.MOUSE_DRAG_EXITED, e -> unmark(cell));
        cell.addEventHandler(MouseDragEvent.MOUSE_DRAG_RELEASED, e -> {
            unmark(cell);
            if (dragged != null && cell.getItem() != null && !cell.isEmpty()) {
                viewModel.drop(dragged, cell.getItem(), TreeDrop.Zone.of(e.getY(), cell.getHeight()));
            }
            dragged = null;
            e.consume();
        });
        cell.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> dragged = null);
    }

    private void mark(TreeCell<ManuscriptNodeViewModel> cell, MouseDragEvent e) {
        unmark(cell);
        if (dragged == null || cell.getItem() == null || cell.isEmpty()) {
            return;
        }
        TreeDrop.Zone zone = TreeDrop.Zone.of(e.getY(), cell.getHeight());
        if (!viewModel.canDrop(dragged, cell.getItem(), zone)) {
            cell.getStyleClass().add(REFUSED);
        } else {
            cell.getStyleClass().add(switch (zone) {
                case BEFORE -> BEFORE;
                case INTO -> INTO;
                case AFTER -> AFTER;
            });
        }
        e.consume();
    }

    private static void unmark(TreeCell<ManuscriptNodeViewModel> cell) {
        cell.getStyleClass().removeAll(MARKS);
    }
}
