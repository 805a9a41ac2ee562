package studio.quire.review.workflow;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** A workflow in the list: its name, with a "Default" badge on the one new submissions use. */
final class TemplateCell extends ListCell<WorkflowTemplate> {
    private final Label name = new Label();
    private final Label badge = new Label("Default");
    private final HBox box;

    TemplateCell() {
        name.getStyleClass().add("template-name");
        badge.getStyleClass().add("default-badge");
        Pane gap = new Pane();
        HBox.setHgrow(gap, Priority.ALWAYS);
        box = new HBox(name, gap, badge);
        box.getStyleClass().add("template-row");
        badge.setMinWidth(Region.USE_PREF_SIZE);
        name.setMinWidth(0);
        // the cell takes the list's width, so a long name ends in "…" instead of a sideways scroll bar
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(WorkflowTemplate template, boolean empty) {
        super.updateItem(template, empty);
        setText(null);
        if (empty || template == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        name.setText(template.name());
        badge.setVisible(template.isDefault());
        badge.setManaged(template.isDefault());
        setGraphic(box);
        setAccessibleText(template.name() + (template.isDefault() ? ", default" : ""));
    }
}
