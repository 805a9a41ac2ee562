package studio.quire.editor.view;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import studio.quire.editor.SectionEditorViewModel;

/** The editor's footer: a message for the writer, the counts and where the text is saved. */
final class EditorFooter extends HBox {
    EditorFooter(SectionEditorViewModel viewModel) {
        getStyleClass().add("editor-footer");
        Label message = new Label();
        message.setId("editorMessage");
        message.getStyleClass().add("editor-message");
        message.textProperty().bind(viewModel.messageProperty());
        message.setOnMouseClicked(e -> viewModel.clearMessage());
        message.setTooltip(new Tooltip("Click to dismiss"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label counts = new Label();
        counts.setId("editorCounts");
        counts.textProperty().bind(viewModel.countsProperty());
        Label status = new Label();
        status.setId("saveStatus");
        status.getStyleClass().add("save-status");
        status.textProperty().bind(viewModel.saveStatusProperty());
        Tooltip detail = new Tooltip();
        detail.textProperty().bind(viewModel.saveDetailProperty());
        viewModel.saveDetailProperty().addListener((obs, old, now) -> status.setTooltip(now.isEmpty() ? null : detail));
        getChildren().addAll(message, spacer, counts, status);
    }
}
