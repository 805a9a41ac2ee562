package studio.quire.editor.view;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import org.fxmisc.richtext.MultiChangeBuilder;
import studio.quire.editor.ParStyle;
import studio.quire.editor.TextMatches;
import studio.quire.editor.TextStyle;

/**
 * Find and replace inside the open section. The matching is {@link TextMatches}; this bar selects
 * matches in the area and replaces them (Replace all is one undoable edit).
 */
final class FindBar extends HBox {
    private final EditorArea area;
    private final TextField query = new TextField();
    private final TextField replacement = new TextField();
    private final CheckBox matchCase = new CheckBox("Match case");
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
        count.setId("findCount");
        count.getStyleClass().add("find-count");
        Button previous = button("Previous", "previousMatch", this::previous);
        Button next = button("Next", "nextMatch", this::next);
        Button replace = button("Replace", "replaceButton", this::replace);
        Button replaceAll = button("Replace all", "replaceAllButton", this::replaceAll);
        Button close = button("×", "closeFind", this::close);
        replaceControls = new HBox(replacement, replace, replaceAll);
        replaceControls.getStyleClass().add("find-bar");
        replace.disableProperty().bind(area.editableProperty().not());
        replaceAll.disableProperty().bind(area.editableProperty().not());
        getChildren().addAll(query, previous, next, matchCase, count, replaceControls, close);
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
