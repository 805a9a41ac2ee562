package studio.quire.review.comment;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * A thread as a card: the quoted words (struck through when they are no longer in the text), its
 * comments (author · time · words), a reply field (Enter sends, Shift+Enter starts a new line) and
 * Resolve; a resolved thread is dimmed and collapsed to its words and Reopen.
 */
final class CommentThreadCell extends ListCell<CommentThread> {
    private final CommentThreadsViewModel viewModel;
    private CommentThread drawn;
    private boolean drawnDetached;

    /** Whether the quoted words are still in the text can change while the writer types: the card follows. */
    private final InvalidationListener textChanged = text -> draw(getItem());

    CommentThreadCell(CommentThreadsViewModel viewModel) {
        this.viewModel = viewModel;
        viewModel.textProperty().addListener(new WeakInvalidationListener(textChanged));
        // A filter: a click anywhere on the card counts, in its reply field too.
        addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (getItem() != null) {
                viewModel.locate(getItem());
            }
        });
    }

    @Override
    protected void updateItem(CommentThread thread, boolean empty) {
        super.updateItem(thread, empty);
        setText(null);
        draw(empty ? null : thread);
    }

    private void draw(CommentThread thread) {
        if (thread == null) {
            drawn = null;
            setGraphic(null);
        } else if (!thread.equals(drawn) || viewModel.detached(thread) != drawnDetached) {
            // Drawn again only when something shown changed: a reply being typed survives selection,
            // scrolling and the writer's typing elsewhere.
            drawn = thread;
            drawnDetached = viewModel.detached(thread);
            setGraphic(card(thread, drawnDetached));
        }
    }

    private VBox card(CommentThread thread, boolean detached) {
        VBox card = new VBox();
        card.getStyleClass().add("comment-card");
        card.setMaxWidth(Double.MAX_VALUE);
        card.prefWidthProperty().bind(widthProperty().subtract(24));
        Label quote = label("“" + thread.quote() + "”", "comment-quote");
        quote.setMaxHeight(60);
        card.getChildren().add(quote);
        if (detached) {
            quote.getStyleClass().add("detached");
            card.getChildren().add(label("The commented words have changed.", "comment-detached-note"));
        }
        if (thread.resolved()) {
            card.getStyleClass().add("resolved");
            card.getChildren().add(label("Resolved" + (thread.resolvedBy() == null ? "" : " by " + thread.resolvedBy()),
                    "comment-resolved-note"));
            card.getChildren().add(new HBox(action("Reopen", "reopenButton", () -> viewModel.reopen(thread))));
            return card;
        }
        for (Comment comment : thread.comments()) {
            Label byline = label(viewModel.byline(comment), "comment-byline");
            byline.setTooltip(new javafx.scene.control.Tooltip(viewModel.writtenAt(comment)));
            card.getChildren().addAll(byline, label(comment.body(), "comment-body"));
        }
        TextArea reply = new TextArea();
        reply.setId("replyField");
        reply.setPromptText("Reply (Enter sends, Shift+Enter for a new line)");
        reply.setPrefRowCount(1);
        reply.setWrapText(true);
        reply.disableProperty().bind(viewModel.busyProperty());
        reply.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShiftDown()) {
                e.consume();
                reply.insertText(reply.getCaretPosition(), "\n");
            } else if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                if (viewModel.reply(thread, reply.getText())) {
                    reply.clear();
                }
            }
        });
        card.getChildren().addAll(reply, new HBox(action("Resolve", "resolveButton", () -> viewModel.resolve(thread))));
        return card;
    }

    private static Label label(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        // a wrapped label in a list cell is otherwise given one line's height and cut with "…"
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.getStyleClass().add(styleClass);
        return label;
    }

    private Button action(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add("small");
        button.disableProperty().bind(viewModel.busyProperty());
        button.setOnAction(e -> action.run());
        return button;
    }
}
