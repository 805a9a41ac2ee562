package studio.quire.review.comment;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.Selection;
import org.fxmisc.richtext.SelectionImpl;
import studio.quire.editor.ParStyle;
import studio.quire.editor.StyledDocuments;
import studio.quire.editor.TextStyle;
import studio.quire.text.Document;
import studio.quire.editor.view.EditorArea;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A section's text, read-only, with the words its comment threads are about highlighted: selecting
 * words and pressing "Comment on selection" (or Ctrl+Alt+M) opens a new comment on them, clicking a
 * highlight selects its thread, and locating a thread selects its words. Binds to
 * {@link CommentThreadsViewModel}; the threads list beside it is a {@link CommentThreadsView}.
 */
public final class AnchoredTextView extends BorderPane {
    /** Starts a comment on the selected words. */
    public static final KeyCombination COMMENT_KEY = studio.quire.ui.Shortcut.COMMENT.key();

    private final CommentThreadsViewModel viewModel;
    private final EditorArea area = new EditorArea();
    private final Map<Selection<ParStyle, String, TextStyle>, CommentThread> highlights = new LinkedHashMap<>();

    public AnchoredTextView(CommentThreadsViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("anchored-text-view");
        getStylesheets().addAll(
                AnchoredTextView.class.getResource("/studio/quire/editor/editor.css").toExternalForm(),
                AnchoredTextView.class.getResource("/studio/quire/review/comment/comments.css").toExternalForm());
        area.setEditable(false);
        area.setId("anchoredText");
        Button comment = new Button("Comment on selection");
        comment.setId("commentOnSelectionButton");
        comment.setTooltip(new Tooltip("Comment on the selected words (Ctrl+Alt+M)"));
        comment.disableProperty().bind(viewModel.canCommentProperty().not().or(Bindings.createBooleanBinding(
                () -> area.getSelection().getLength() == 0, area.selectionProperty())));
        comment.setOnAction(e -> commentOnSelection());
        HBox bar = new HBox(comment);
        bar.getStyleClass().add("anchored-text-bar");
        setTop(bar);
        setCenter(new VirtualizedScrollPane<>(area));
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (COMMENT_KEY.match(e)) {
                e.consume();
                commentOnSelection();
            }
        });
        area.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        viewModel.setOnLocate(this::select);
        viewModel.shownThreads().addListener((ListChangeListener<CommentThread>) change -> highlight());
        viewModel.selectedThreadProperty().addListener((obs, old, thread) -> highlight());
    }

    /** Shows a section's text (a small document: converted on the FX thread in one pass). */
    public void show(Document text) {
        area.showDocument(StyledDocuments.toStyled(text), true);
        viewModel.textShown(area.getText());
        highlight();
    }

    /** The text area, for tests and the review screen's focus handling. */
    public EditorArea area() {
        return area;
    }

    private void commentOnSelection() {
        IndexRange selection = area.getSelection();
        if (selection.getLength() > 0) {
            viewModel.startComment(new Anchor(selection.getStart(), selection.getEnd(), area.getSelectedText()));
        }
    }

    private void select(CommentThread thread) {
        viewModel.whereIs(thread).ifPresent(anchor -> {
            area.selectRange(anchor.start(), anchor.end());
            area.requestFollowCaret();
        });
    }

    private void clicked(MouseEvent event) {
        if (area.getSelection().getLength() > 0) {
            return; // words were selected by dragging: that is for a new comment
        }
        int at = area.hit(event.getX(), event.getY()).getCharacterIndex().orElse(-1);
        highlights.entrySet().stream()
                .filter(h -> h.getKey().getStartPosition() <= at && at < h.getKey().getEndPosition())
                .map(Map.Entry::getValue).findFirst()
                .ifPresent(viewModel::locate);
    }

    /** One extra selection (drawn behind the text) per thread whose words are still there. */
    private void highlight() {
        new ArrayList<>(highlights.keySet()).forEach(h -> {
            area.removeSelection(h);
            h.dispose();
        });
        highlights.clear();
        List<CommentThread> threads = List.copyOf(viewModel.shownThreads());
        CommentThread selected = viewModel.selectedThreadProperty().get();
        for (CommentThread thread : threads) {
            viewModel.whereIs(thread).filter(anchor -> anchor.end() <= area.getLength()).ifPresent(anchor -> {
                boolean current = selected != null && selected.id().equals(thread.id());
                Selection<ParStyle, String, TextStyle> h = new SelectionImpl<>("comment-" + thread.id(), area,
                        path -> path.getStyleClass().add(current ? "comment-highlight-selected" : "comment-highlight"));
                if (area.addSelection(h)) {
                    h.selectRange(anchor.start(), anchor.end());
                    highlights.put(h, thread);
                }
            });
        }
    }
}
