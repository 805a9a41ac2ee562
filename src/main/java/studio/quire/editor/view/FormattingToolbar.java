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
import org.kordamp.ikonli.feather.Feather;
import studio.quire.editor.ParStyle;
import studio.quire.editor.SectionEditorViewModel;
import studio.quire.ui.IconButtons;
import studio.quire.ui.Shortcut;

/** The editor's toolbar: undo, character formats, link, block kind, find and focus mode. */
final class FormattingToolbar extends ToolBar {
    private final EditorArea area;
    private final ComboBox<ParStyle> blockChooser = new ComboBox<>();
    private boolean syncing;

    FormattingToolbar(EditorArea area, SectionEditorViewModel viewModel, Runnable askLink, Runnable openFind) {
        this.area = area;
        getStyleClass().add("editor-toolbar");
        Button undo = button(Feather.CORNER_UP_LEFT, "Undo", Shortcut.UNDO_TYPING, "undoButton", area::undo);
        Button redo = button(Feather.CORNER_UP_RIGHT, "Redo", Shortcut.REDO_TYPING, "redoButton", area::redo);
        undo.disableProperty().bind(area.undoableProperty().not().or(viewModel.editableProperty().not()));
        redo.disableProperty().bind(area.redoableProperty().not().or(viewModel.editableProperty().not()));
        Button bold = button(Feather.BOLD, "Bold", Shortcut.BOLD, "boldButton", area::toggleBold);
        Button italic = button(Feather.ITALIC, "Italic", Shortcut.ITALIC, "italicButton", area::toggleItalic);
        Button link = button(Feather.LINK, "Link", Shortcut.LINK, "linkButton", askLink);
        blockChooser.setId("blockChooser");
        blockChooser.getItems().setAll(BlockStyles.CHOICES);
        blockChooser.setConverter(BlockStyles.NAMES);
        blockChooser.setTooltip(new Tooltip("Paragraph style (" + Shortcut.BODY.keyText() + " to " + Shortcut.HEADING_3.keyText()
                + ", " + Shortcut.BULLETED_LIST.keyText() + ", " + Shortcut.NUMBERED_LIST.keyText() + ", "
                + Shortcut.QUOTE.keyText() + ")"));
        blockChooser.setAccessibleText("Paragraph style");
        blockChooser.setPromptText(BlockStyles.name(ParStyle.BODY));
        // As wide as its longest choice, and never squeezed below it.
        blockChooser.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
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
        Button find = button(Feather.SEARCH, "Find", null, "findButton", openFind);
        find.getTooltip().setText("Find and replace (" + Shortcut.FIND.keyText() + ", " + Shortcut.REPLACE.keyText() + ")");
        find.disableProperty().bind(viewModel.emptyTextProperty().isNotEmpty());
        ToggleButton focus = IconButtons.iconOnly(new ToggleButton(), Feather.MAXIMIZE, "Focus mode",
                IconButtons.withKey("Focus mode: only the text, nothing else on the screen", Shortcut.FOCUS_MODE));
        focus.setId("focusButton");
        focus.setFocusTraversable(false);
        focus.selectedProperty().bindBidirectional(viewModel.focusModeProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getItems().addAll(undo, redo, divider(), bold, italic, link, divider(), blockChooser, spacer,
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

    private static Separator divider() {
        return new Separator(javafx.geometry.Orientation.VERTICAL);
    }

    private static Button button(Feather icon, String name, Shortcut key, String id, Runnable action) {
        Button button = IconButtons.iconOnly(new Button(), icon, name, key == null ? name : IconButtons.withKey(name, key));
        button.setId(id);
        button.setFocusTraversable(false);
        button.setOnAction(e -> action.run());
        return button;
    }
}
