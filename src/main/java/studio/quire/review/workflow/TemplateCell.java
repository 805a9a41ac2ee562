package studio.quire.review.workflow;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;

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
