package studio.quire.editor.view;

import javafx.animation.PauseTransition;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.fxmisc.flowless.VirtualizedScrollPane;
import studio.quire.editor.ParStyle;
import studio.quire.editor.SectionEditorViewModel;
import studio.quire.editor.DocumentLoad;
import studio.quire.ui.Shortcut;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The section editor: toolbar, conflict banner, find bar, the formatted text in a readable column,
 * and a footer with counts and save status. Binds to {@link SectionEditorViewModel}; hands it
 * snapshots of the text ({@link StyledText}) at most 300 ms after a change, also while typing goes on.
 */
public final class SectionEditorView extends BorderPane {
    static final Duration SAVE_DELAY = Duration.millis(300);
    static final Duration COUNT_DELAY = Duration.millis(150);

    private final SectionEditorViewModel viewModel;
    private final EditorArea area = new EditorArea();
    private final FindBar findBar = new FindBar(area);
    private final PauseTransition saveTimer = new PauseTransition(SAVE_DELAY);
    private final PauseTransition countTimer = new PauseTransition(COUNT_DELAY);
    private final Map<KeyCombination, Runnable> keys = new LinkedHashMap<>();
    private boolean opening;

    public SectionEditorView(SectionEditorViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("section-editor");
        getStylesheets().add(SectionEditorView.class.getResource("/studio/quire/editor/editor.css").toExternalForm());
        area.setId("editorArea");
        FormattingToolbar toolbar = new FormattingToolbar(area, viewModel, this::askLink, () -> findBar.open(false));
        toolbar.visibleProperty().bind(viewModel.focusModeProperty().not());
        toolbar.managedProperty().bind(toolbar.visibleProperty());
        setTop(new VBox(toolbar, new ConflictBanner(viewModel.conflict()), findBar));
        setCenter(centre());
        setBottom(new EditorFooter(viewModel));
        viewModel.focusModeProperty().addListener((obs, old, on) -> pseudoFocusMode(on));
        bindText();
        installKeys();
    }

    /** The text area itself, for the lead's focus handling and for tests. */
    public EditorArea area() {
        return area;
    }

    /** Selects characters {@code start}..{@code end} of the text shown (as the area counts them) and scrolls to them. */
    public void select(int start, int end) {
        int to = Math.min(end, area.getLength());
        area.selectRange(Math.min(start, to), to);
        area.requestFollowCaret();
    }

    private StackPane centre() {
        VirtualizedScrollPane<EditorArea> scroll = new VirtualizedScrollPane<>(area);
        Label empty = new Label();
        empty.setId("editorEmpty");
        empty.getStyleClass().add("editor-empty");
        empty.setWrapText(true);
        empty.textProperty().bind(viewModel.emptyTextProperty());
        empty.visibleProperty().bind(viewModel.emptyTextProperty().isNotEmpty());
        scroll.visibleProperty().bind(empty.visibleProperty().not());
        return new StackPane(scroll, empty);
    }

    private void bindText() {
        area.editableProperty().bind(viewModel.editableProperty());
        area.setPlainPasteHandler(viewModel::pastePlainText);
        viewModel.setDocumentSink(this::show);
        viewModel.setPendingEditsFlusher(() -> {
            if (saveTimer.getStatus() == javafx.animation.Animation.Status.RUNNING) {
                saveTimer.stop();
                viewModel.textChanged(area.snapshot());
            }
        });
        saveTimer.setOnFinished(e -> viewModel.textChanged(area.snapshot()));
        countTimer.setOnFinished(e -> viewModel.selectionChanged(area.snapshot(),
                area.getSelection().getStart(), area.getSelection().getEnd()));
        area.richChanges().filter(change -> !change.isIdentity()).subscribe(change -> {
            // Not restarted by each keystroke: while typing goes on, a snapshot still leaves every
            // 300 ms, so that every change reaches the journal within a second.
            if (!opening && saveTimer.getStatus() != javafx.animation.Animation.Status.RUNNING) {
                saveTimer.playFromStart();
            }
        });
        area.selectionProperty().addListener((obs, old, now) -> {
            if (!opening && (now.getLength() > 0 || old.getLength() > 0)) {
                countTimer.playFromStart();
            }
        });
    }

    private void show(DocumentLoad load) {
        switch (load.mode()) {
            case OPEN -> {
                saveTimer.stop();
                opening = true;
                try {
                    area.showDocument(StyledText.documentOf(load.text()), true);
                } finally {
                    opening = false;
                }
                // No focus grab: the writer may still be moving through the binder with the keyboard.
            }
            case REPLACE -> area.showDocument(StyledText.documentOf(load.text()), false);
            case INSERT -> area.replaceSelection(StyledText.documentOf(load.text()));
        }
    }

    private void askLink() {
        if (!area.isEditable() || area.getSelection().getLength() == 0) {
            return;
        }
        TextInputDialog dialog = new TextInputDialog(area.linkAtSelection());
        dialog.setTitle("Link");
        dialog.setHeaderText("Link address (leave empty to remove the link)");
        if (getScene() != null) {
            dialog.initOwner(getScene().getWindow());
        }
        dialog.showAndWait().ifPresent(area::setLink);
        area.requestFocus();
    }

    private void installKeys() {
        keys.put(Shortcut.BOLD.key(), area::toggleBold);
        keys.put(Shortcut.ITALIC.key(), area::toggleItalic);
        keys.put(Shortcut.LINK.key(), this::askLink);
        keys.put(Shortcut.BODY.key(), () -> area.setBlockStyle(ParStyle.BODY));
        Shortcut[] headings = {Shortcut.HEADING_1, Shortcut.HEADING_2, Shortcut.HEADING_3};
        for (int level = 1; level <= 3; level++) {
            ParStyle heading = ParStyle.heading(level);
            keys.put(headings[level - 1].key(), () -> area.setBlockStyle(heading));
        }
        keys.put(Shortcut.BULLETED_LIST.key(), () -> area.setBlockStyle(ParStyle.BULLET));
        keys.put(Shortcut.NUMBERED_LIST.key(), () -> area.setBlockStyle(ParStyle.NUMBERED));
        keys.put(Shortcut.QUOTE.key(), () -> area.setBlockStyle(ParStyle.QUOTE));
        keys.put(Shortcut.FIND.key(), () -> openFind(false));
        keys.put(Shortcut.REPLACE.key(), () -> openFind(true));
        keys.put(Shortcut.FOCUS_MODE.key(), viewModel::toggleFocusMode);
        keys.put(Shortcut.NEXT_MATCH.key(), findBar::next);
        keys.put(Shortcut.PREVIOUS_MATCH.key(), findBar::previous);
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (findBar.isVisible() && event.getCode() == KeyCode.F3) {
                return; // the find bar handles it, wherever the focus is inside it
            }
            for (Map.Entry<KeyCombination, Runnable> key : keys.entrySet()) {
                if (key.getKey().match(event)) {
                    key.getValue().run();
                    event.consume();
                    return;
                }
            }
        });
    }

    private void openFind(boolean withReplace) {
        if (viewModel.emptyTextProperty().get().isEmpty()) {
            findBar.open(withReplace);
        }
    }

    private void pseudoFocusMode(boolean on) {
        if (on) {
            getStyleClass().add("focus-mode");
        } else {
            getStyleClass().remove("focus-mode");
        }
    }

}
