package studio.quire.review;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** One line of a request's history: when, who, what, and the comment or reason under it. */
final class HistoryCell extends ListCell<ReviewHistoryEntry> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);

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
        line.setText(WHEN.format(entry.at().atZoneSameInstant(ZoneId.systemDefault())) + " · " + entry.who() + " · "
                + entry.what());
        remark.setText(entry.remark().isBlank() ? "" : "“" + entry.remark() + "”");
        remark.setVisible(!entry.remark().isBlank());
        remark.setManaged(remark.isVisible());
        setGraphic(box);
    }
}
