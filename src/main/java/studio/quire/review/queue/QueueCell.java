package studio.quire.review.queue;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** One waiting step: the title in bold with its badges ("Overdue", "Taken by you"), then step and due time. */
final class QueueCell extends ListCell<QueueRow> {
    private final Label title = label("queue-title");
    private final Label overdue = label("queue-badge", "overdue-badge");
    private final Label taken = label("queue-badge", "taken-badge");
    private final Label detail = label("queue-detail");
    private final VBox box;

    QueueCell() {
        overdue.setText("Overdue");
        Pane gap = new Pane();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(title, gap, overdue, taken);
        head.getStyleClass().add("queue-head");
        box = new VBox(head, detail);
        box.getStyleClass().add("queue-row");
    }

    private static Label label(String... styleClasses) {
        Label label = new Label();
        label.getStyleClass().addAll(styleClasses);
        return label;
    }

    @Override
    protected void updateItem(QueueRow row, boolean empty) {
        super.updateItem(row, empty);
        setText(null);
        if (empty || row == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        title.setText(row.title());
        detail.setText(row.detail());
        show(overdue, row.overdue());
        taken.setText(row.takenText());
        taken.getStyleClass().remove("taken-by-me");
        if (row.taken() == QueueRow.Taken.BY_ME) {
            taken.getStyleClass().add("taken-by-me");
        }
        show(taken, row.taken() != QueueRow.Taken.NO);
        setGraphic(box);
        setAccessibleText(String.join(" ", row.title(), row.overdue() ? "Overdue" : "", row.takenText(), row.detail()));
    }

    private static void show(Label label, boolean shown) {
        label.setVisible(shown);
        label.setManaged(shown);
    }
}
