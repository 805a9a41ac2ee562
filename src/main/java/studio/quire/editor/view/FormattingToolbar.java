package studio.quire.editor.view;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import studio.quire.editor.ParStyle;
import studio.quire.editor.SectionEditorViewModel;

/** The editor's toolbar: undo, character formats, link, block kind, find and focus mode. */
final class FormattingToolbar extends ToolBar {
    private final EditorArea area;
    private final ComboBox<ParStyle> blockChooser = new ComboBox<>();
    private boolean syncing;

    FormattingToolbar(EditorArea area, SectionEditorViewModel viewModel, Runnable askLink, Runnable openFind) {
        this.area = area;
        getStyleClass().add("editor-toolbar");
        Button undo = button("Undo", "Undo (Ctrl+Z)", "undoButton", area::undo);
        Button redo = button("Redo", "Redo (Ctrl+Y)", "redoButton", area::redo);
        undo.disableProperty().bind(area.undoableProperty().not().or(viewModel.editableProperty().not()));
        redo.disableProperty().bind(area.redoableProperty().not().or(viewModel.editableProperty().not()));
        Button bold = button("B", "Bold (Ctrl+B)", "boldButton", area::toggleBold);
        bold.getStyleClass().add("format-bold");
        Button italic = button("I", "Italic (Ctrl+I)", "italicButton", area::toggleItalic);
        italic.getStyleClass().add("format-italic");
        Button link = button("Link", "Link (Ctrl+K)", "linkButton", askLink);
        blockChooser.setId("blockChooser");
        blockChooser.getItems().setAll(BlockStyles.CHOICES);
        blockChooser.setConverter(BlockStyles.NAMES);
        blockChooser.setTooltip(new Tooltip("Paragraph style (Ctrl+Alt+0..3, Ctrl+Shift+8, Ctrl+Shift+7, Ctrl+Shift+.)"));
        blockChooser.setFocusTraversable(false);
        blockChooser.valueProperty().addListener((obs, old, style) -> {
            if (!syncing && style != null) {
                area.setBlockStyle(style);
                area.requestFocus();
            }
        });
        for (var control : new javafx.scene.control.Control[] {bold, italic, link, blockChooser}) {
            control.disableProperty().bind(viewModel.editableProperty().not());
        }
        Button find = button("Find", "Find and replace (Ctrl+F, Ctrl+H)", "findButton", openFind);
        find.disableProperty().bind(viewModel.emptyTextProperty().isNotEmpty());
        ToggleButton focus = new ToggleButton("Focus");
        focus.setId("focusButton");
        focus.setTooltip(new Tooltip("Focus mode (F11)"));
        focus.setFocusTraversable(false);
        focus.selectedProperty().bindBidirectional(viewModel.focusModeProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getItems().addAll(undo, redo, new Separator(), bold, italic, link, new Separator(), blockChooser, spacer,
                find, focus);
        area.currentParagraphProperty().addListener((obs, old, now) -> syncChooser());
        area.richChanges().subscribe(change -> syncChooser());
    }

    private void syncChooser() {
        syncing = true;
        try {
            blockChooser.setValue(area.currentBlockStyle());
        } finally {
            syncing = false;
        }
    }

    private static Button button(String text, String tip, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setFocusTraversable(false);
        button.setOnAction(e -> action.run());
        return button;
    }
}
