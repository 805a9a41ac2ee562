package studio.quire.compare.view;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** An entry of the list of changes: its kind, its section in a chapter, its words, and "Rejected" when it is. */
final class ChangeCell extends ListCell<ChangeItem> {
    private final Label kind = new Label();
    private final Label part = new Label();
    private final Label rejected = new Label("Rejected");
    private final Label summary = new Label();
    private final VBox box;

    ChangeCell() {
        setPrefWidth(0);
        kind.getStyleClass().add("change-kind");
        part.getStyleClass().add("change-part");
        rejected.getStyleClass().add("change-rejected");
        summary.getStyleClass().add("change-summary");
        summary.setWrapText(true);
        part.managedProperty().bind(part.visibleProperty());
        rejected.managedProperty().bind(rejected.visibleProperty());
        Pane gap = new Pane();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(6, kind, part, gap, rejected);
        head.getStyleClass().add("change-head");
        box = new VBox(2, head, summary);
        box.getStyleClass().add("change-entry");
        getStyleClass().add("change-cell");
    }

    @Override
    protected void updateItem(ChangeItem item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        kind.setText(item.kind());
        kind.getStyleClass().setAll("change-kind", "kind-" + item.kind().toLowerCase(java.util.Locale.ROOT));
        part.setText(item.partTitle());
        part.setVisible(!item.partTitle().isEmpty());
        rejected.setVisible(!item.accepted());
        summary.setText(item.summary());
        box.getStyleClass().setAll("change-entry");
        if (!item.accepted()) {
            box.getStyleClass().add("rejected-change");
        }
        setGraphic(box);
    }
}
