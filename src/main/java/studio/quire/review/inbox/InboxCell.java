package studio.quire.review.inbox;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One notification: an accent dot while unread, the kind and how long ago, the message, where the request stands. */
final class InboxCell extends ListCell<InboxRow> {
    private static final PseudoClass UNREAD = PseudoClass.getPseudoClass("unread");

    private final Region dot = new Region();
    private final Label kind = label("inbox-kind");
    private final Label time = label("inbox-time");
    private final Tooltip moment = new Tooltip();
    private final Label message = label("inbox-message");
    private final Label detail = label("inbox-detail");
    private final HBox box;

    InboxCell() {
        getStyleClass().add("inbox-cell");
        dot.getStyleClass().add("unread-dot");
        Pane gap = new Pane();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(kind, gap, time);
        head.getStyleClass().add("inbox-head");
        VBox text = new VBox(head, message, detail);
        text.getStyleClass().add("inbox-text");
        HBox.setHgrow(text, Priority.ALWAYS);
        box = new HBox(dot, text);
        box.getStyleClass().add("inbox-row");
        time.setTooltip(moment);
    }

    private static Label label(String styleClass) {
        Label label = new Label();
        label.getStyleClass().add(styleClass);
        return label;
    }

    @Override
    protected void updateItem(InboxRow row, boolean empty) {
        super.updateItem(row, empty);
        setText(null);
        pseudoClassStateChanged(UNREAD, !empty && row != null && !row.read());
        if (empty || row == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        kind.setText(row.kindLabel());
        time.setText(row.timeText());
        moment.setText(row.when());
        message.setText(row.message());
        detail.setText(row.detail());
        detail.setVisible(!row.detail().isEmpty());
        detail.setManaged(!row.detail().isEmpty());
        setGraphic(box);
        setAccessibleText(String.join(" ", row.read() ? "" : "Unread.", row.kindLabel() + ":", row.message(),
                row.timeText()).strip());
    }
}
