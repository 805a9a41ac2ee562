package studio.quire.review.comment;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The comment threads of a section as cards in a virtualised list, a "Show resolved" toggle, the
 * new-comment box while words are chosen (Ctrl+Enter posts, Esc cancels), a one-line message, and
 * an empty state. Binds to {@link CommentThreadsViewModel}.
 */
public final class CommentThreadsView extends BorderPane {
    private static final KeyCombination POST_KEY = studio.quire.ui.Shortcut.POST_COMMENT.key();

    private final CommentThreadsViewModel viewModel;
    private final ListView<CommentThread> list = new ListView<>();

    public CommentThreadsView(CommentThreadsViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("comment-threads");
        getStylesheets().add(CommentThreadsView.class.getResource("/studio/quire/review/comment/comments.css").toExternalForm());
        setTop(new VBox(header(), newComment(), message()));
        setCenter(threads());
        viewModel.selectedThreadProperty().addListener((obs, old, thread) -> {
            if (thread == null) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(thread);
                list.scrollTo(thread);
            }
        });
    }

    private HBox header() {
        Label title = new Label("Comments");
        title.getStyleClass().add("comment-threads-title");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        CheckBox showResolved = new CheckBox("Show resolved");
        showResolved.setId("showResolvedToggle");
        showResolved.selectedProperty().bindBidirectional(viewModel.showResolvedProperty());
        HBox header = new HBox(title, gap, showResolved);
        header.getStyleClass().add("comment-threads-header");
        return header;
    }

    private VBox newComment() {
        Label quote = new Label();
        quote.getStyleClass().add("comment-quote");
        quote.setWrapText(true);
        quote.textProperty().bind(viewModel.pendingProperty().map(anchor -> "“" + anchor.quote() + "”").orElse(""));
        TextArea draft = new TextArea();
        draft.setId("commentDraft");
        draft.setPromptText("Your comment (Ctrl+Enter posts, Esc cancels)");
        draft.setPrefRowCount(3);
        draft.setWrapText(true);
        draft.textProperty().bindBidirectional(viewModel.draftProperty());
        draft.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (POST_KEY.match(e)) {
                e.consume();
                viewModel.postCommand().execute();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                viewModel.cancelComment();
            }
        });
        Button post = new Button("Comment");
        post.setId("postCommentButton");
        post.getStyleClass().add("accent");
        post.disableProperty().bind(viewModel.postCommand().executableProperty().not());
        post.setOnAction(e -> viewModel.postCommand().execute());
        Button cancel = new Button("Cancel");
        cancel.setId("cancelCommentButton");
        cancel.setOnAction(e -> viewModel.cancelComment());
        VBox box = new VBox(quote, draft, new HBox(6, post, cancel));
        box.setId("newCommentBox");
        box.getStyleClass().add("comment-new");
        box.visibleProperty().bind(viewModel.pendingProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        // The box opens for words just chosen: the writer types straight away.
        box.visibleProperty().addListener((obs, was, open) -> {
            if (open) {
                draft.requestFocus();
            }
        });
        return box;
    }

    private Label message() {
        Label message = new Label();
        message.setId("commentMessage");
        message.setWrapText(true);
        message.getStyleClass().add("comment-message");
        message.textProperty().bind(viewModel.messageProperty());
        message.visibleProperty().bind(viewModel.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        return message;
    }

    private StackPane threads() {
        list.setId("commentThreads");
        list.setItems(viewModel.shownThreads());
        list.setCellFactory(view -> new CommentThreadCell(viewModel));
        Label empty = new Label();
        empty.setId("commentsEmpty");
        empty.setWrapText(true);
        empty.getStyleClass().add("comment-empty");
        empty.textProperty().bind(viewModel.emptyTextProperty());
        empty.visibleProperty().bind(viewModel.emptyTextProperty().isNotEmpty());
        list.visibleProperty().bind(empty.visibleProperty().not());
        StackPane centre = new StackPane(list, empty);
        StackPane.setAlignment(empty, javafx.geometry.Pos.TOP_LEFT);
        return centre;
    }
}
