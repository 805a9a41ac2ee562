package studio.quire.review.comment;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The writer's margin beside the editor: the comment threads on the open section, from every
 * review it went through, where the writer replies and resolves; collapsed to a thin strip when
 * there are none, whose comment icon over "0" (with a tooltip and an accessible text) says so. Clicking a thread selects its words in the editor
 * (whoever builds the desk tells the view model how, with {@code setOnLocate}).
 */
public final class CommentMarginView extends StackPane {
    static final double STRIP_WIDTH = 32;
    static final double OPEN_WIDTH = 260;

    public CommentMarginView(CommentThreadsViewModel viewModel) {
        getStyleClass().add("comment-margin");
        getStylesheets().add(CommentMarginView.class.getResource("/studio/quire/review/comment/comments.css").toExternalForm());
        setId("commentMargin");
        CommentThreadsView threads = new CommentThreadsView(viewModel);
        Label strip = new Label();
        strip.setId("commentMarginCount");
        strip.getStyleClass().add("comment-margin-strip");
        strip.textProperty().bind(Bindings.size(viewModel.threads()).asString());
        strip.setGraphic(new FontIcon(Feather.MESSAGE_SQUARE));
        strip.setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
        strip.setTooltip(new Tooltip("Comments: none on this section. An editor's comments show here."));
        strip.setAccessibleText("Comments: none on this section");
        var none = Bindings.isEmpty(viewModel.threads());
        strip.visibleProperty().bind(none);
        threads.visibleProperty().bind(none.not());
        StackPane.setAlignment(strip, javafx.geometry.Pos.TOP_CENTER);
        getChildren().addAll(threads, strip);
        prefWidthProperty().bind(Bindings.when(none).then(STRIP_WIDTH).otherwise(OPEN_WIDTH));
        minWidthProperty().bind(prefWidthProperty());
        maxWidthProperty().bind(prefWidthProperty());
    }
}
