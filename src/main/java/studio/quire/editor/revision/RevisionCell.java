package studio.quire.editor.revision;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** One revision in the inspector: "Today, 14:02 [Named] +120 −14", then its name and author. */
final class RevisionCell extends ListCell<RevisionRow> {
    private final Label time = label("revision-time");
    private final Label kind = label("revision-kind");
    private final Label changes = label("revision-changes");
    private final Label name = label("revision-name");
    private final Label author = label("revision-author");
    private final VBox box;

    RevisionCell() {
        Pane gap = new Pane();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(time, kind, gap, changes);
        head.getStyleClass().add("revision-head");
        box = new VBox(head, name, author);
        box.getStyleClass().add("revision-row");
    }

    private static Label label(String styleClass) {
        Label label = new Label();
        label.getStyleClass().add(styleClass);
        return label;
    }

    @Override
    protected void updateItem(RevisionRow row, boolean empty) {
        super.updateItem(row, empty);
        setText(null);
        if (empty || row == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        time.setText(row.time());
        kind.setText(row.kind());
        kind.getStyleClass().removeIf(c -> c.startsWith("kind-"));
        kind.getStyleClass().add(row.kindStyleClass());
        changes.setText(row.changes());
        name.setText(row.name());
        name.setManaged(!row.name().isEmpty());
        name.setVisible(!row.name().isEmpty());
        author.setText(row.author());
        setGraphic(box);
        setAccessibleText(String.join(" ", row.time(), row.kind(), row.name(), row.changes(), row.author()));
    }
}
