package studio.quire.review.screen;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import studio.quire.ui.DateTexts;

/** One line of a request's history: when, who, what, and the comment or reason under it. */
final class HistoryCell extends ListCell<ReviewHistoryEntry> {
    private final DateTexts dates = DateTexts.system();
    private final Label line = new Label();
    private final Label remark = new Label();
    private final VBox box = new VBox(2, line, remark);

    HistoryCell() {
        getStyleClass().add("history-cell");
        remark.getStyleClass().add("history-remark");
        remark.setWrapText(true);
        line.setWrapText(true);
        box.setFillWidth(true);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(ReviewHistoryEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        if (empty || entry == null) {
            setGraphic(null);
            return;
        }
        line.setText(dates.dateTime(entry.at()) + " · " + entry.who() + " · "
                + entry.what());
        remark.setText(entry.remark().isBlank() ? "" : "“" + entry.remark() + "”");
        remark.setVisible(!entry.remark().isBlank());
        remark.setManaged(remark.isVisible());
        setGraphic(box);
    }
}
