package studio.quire.editor.view;

import javafx.scene.control.Button;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.fxmisc.richtext.MultiChangeBuilder;
import studio.quire.editor.ParStyle;
import studio.quire.editor.TextMatches;
import studio.quire.editor.TextStyle;
import studio.quire.ui.IconButtons;
import studio.quire.ui.Shortcut;

/**
 * Find and replace inside the open section. The matching is {@link TextMatches}; this bar selects
 * matches in the area and replaces them (Replace all is one undoable edit).
 */
final class FindBar extends VBox {
    private final EditorArea area;
    private final TextField query = new TextField();
    private final TextField replacement = new TextField();
    private final ToggleButton matchCase = new ToggleButton("Aa");
    private final Label count = new Label();
    private final HBox replaceControls;
    private TextMatches matches = TextMatches.NONE;
    private boolean stale = true;

    FindBar(EditorArea area) {
        this.area = area;
        getStyleClass().add("find-bar");
        setId("findBar");
        query.setId("findField");
        query.setPromptText("Find");
        replacement.setId("replaceField");
        replacement.setPromptText("Replace with");
        matchCase.setId("matchCase");
        matchCase.setTooltip(new Tooltip("Match case"));
        matchCase.setAccessibleText("Match case");
        matchCase.setFocusTraversable(false);
        matchCase.getStyleClass().add("find-match-case");
        matchCase.setMinWidth(Region.USE_PREF_SIZE);
        count.setId("findCount");
        count.getStyleClass().add("find-count");
        Button previous = IconButtons.iconOnly(button("Previous", "previousMatch", this::previous), Feather.CHEVRON_UP,
                "Previous match", IconButtons.withKey("Previous match", Shortcut.PREVIOUS_MATCH));
        Button next = IconButtons.iconOnly(button("Next", "nextMatch", this::next), Feather.CHEVRON_DOWN,
                "Next match", IconButtons.withKey("Next match", Shortcut.NEXT_MATCH));
        Button replace = button("Replace", "replaceButton", this::replace);
        Button replaceAll = button("Replace all", "replaceAllButton", this::replaceAll);
        Button close = IconButtons.iconOnly(button("Close", "closeFind", this::close), Feather.X,
                "Close find", "Close find (Esc)");
        for (Button button : new Button[] {replace, replaceAll}) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        // Two rows, so that both fit beside the comment margin: finding on top, replacing below.
        query.setMinWidth(120);
        replacement.setMinWidth(120);
        HBox.setHgrow(query, Priority.ALWAYS);
        HBox.setHgrow(replacement, Priority.ALWAYS);
        HBox findRow = new HBox(query, matchCase, previous, next, count, close);
        findRow.getStyleClass().add("find-row");
        replaceControls = new HBox(replacement, replace, replaceAll);
        replaceControls.getStyleClass().add("find-row");
        replace.disableProperty().bind(area.editableProperty().not());
        replaceAll.disableProperty().bind(area.editableProperty().not());
        getChildren().addAll(findRow, replaceControls);
        query.textProperty().addListener((obs, old, now) -> research());
        matchCase.selectedProperty().addListener((obs, old, now) -> research());
        area.plainTextChanges().subscribe(change -> stale = true);
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        setVisible(false);
        setManaged(false);
    }

    /** Shows the bar (with the replace field when asked) and puts the caret in the find field. */
    void open(boolean withReplace) {
        replaceControls.setVisible(withReplace);
        replaceControls.setManaged(withReplace);
        String selected = area.getSelectedText();
        if (!selected.isEmpty() && selected.indexOf('\n') < 0) {
            query.setText(selected);
        }
        setVisible(true);
        setManaged(true);
        stale = true;
        updateMatches();
        query.requestFocus();
        query.selectAll();
    }

    /** Hides the bar and gives the text back its focus. */
    void close() {
        setVisible(false);
        setManaged(false);
        area.requestFocus();
    }

    void next() {
        updateMatches();
        select(matches.nextFrom(area.getSelection().getLength() > 0 && isCurrentMatch()
                ? area.getSelection().getEnd() : area.getCaretPosition()));
    }

    void previous() {
        updateMatches();
        select(matches.previousFrom(area.getSelection().getStart()));
    }

    private void replace() {
        updateMatches();
        if (isCurrentMatch() && area.isEditable()) {
            area.replaceSelection(replacement.getText());
            stale = true;
        }
        next();
    }

    private void replaceAll() {
        updateMatches();
        if (matches.isEmpty() || !area.isEditable()) {
            return;
        }
        MultiChangeBuilder<ParStyle, String, TextStyle> change = area.createMultiChange(matches.count());
        // Last match first: every offset still means the same place when its turn comes.
        for (int i = matches.count() - 1; i >= 0; i--) {
            int start = matches.starts().get(i);
            change.replaceTextAbsolutely(start, start + matches.length(), replacement.getText());
        }
        int replaced = matches.count();
        change.commit();
        stale = true;
        updateMatches();
        count.setText(String.format(java.util.Locale.US, "Replaced %,d", replaced));
    }

    private boolean isCurrentMatch() {
        IndexRange selection = area.getSelection();
        return matches.indexOf(selection.getStart(), selection.getEnd()) >= 0;
    }

    private void select(int index) {
        if (index < 0) {
            count.setText(matches.describe(-1));
            return;
        }
        int start = matches.starts().get(index);
        area.selectRange(start, start + matches.length());
        area.requestFollowCaret();
        count.setText(matches.describe(index));
    }

    private void research() {
        stale = true;
        updateMatches();
        if (!matches.isEmpty()) {
            select(matches.nextFrom(area.getSelection().getStart()));
        }
    }

    private void updateMatches() {
        if (stale) {
            matches = TextMatches.find(area.getText(), query.getText(), matchCase.isSelected());
            stale = false;
            count.setText(query.getText().isEmpty() ? "" : matches.isEmpty() ? matches.describe(-1)
                    : String.format(java.util.Locale.US, "%,d matches", matches.count()));
        }
    }

    private void onKey(KeyEvent event) {
        boolean enter = event.getCode() == KeyCode.ENTER && event.getTarget() == query;
        if (enter || event.getCode() == KeyCode.F3) {
            if (event.isShiftDown()) {
                previous();
            } else {
                next();
            }
            event.consume();
        } else if (event.getCode() == KeyCode.ENTER && event.getTarget() == replacement) {
            replace();
            event.consume();
        } else if (event.getCode() == KeyCode.ESCAPE) {
            close();
            event.consume();
        }
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setFocusTraversable(false);
        button.setOnAction(e -> action.run());
        return button;
    }
}
