package studio.quire.review.screen;

import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import studio.quire.review.comment.AnchoredTextView;
import studio.quire.review.comment.CommentThreadsView;
import studio.quire.review.comment.CommentThreadsViewModel;

/**
 * The review screen's submitted text of the selected section, with its anchored comment threads
 * beside it; the threads follow the request and section the screen shows.
 */
public final class SubmittedTextView extends SplitPane {
    public SubmittedTextView(ReviewScreenViewModel screen, CommentThreadsViewModel comments) {
        AnchoredTextView text = new AnchoredTextView(comments);
        Runnable follow = () -> {
            ReviewDetails shown = screen.detailsProperty().get();
            ReviewDetails.Section section = screen.selectedSectionProperty().get();
            if (shown != null && section != null) {
                comments.showRequestSection(shown.requestId(), section.nodeId());
            }
        };
        screen.detailsProperty().addListener((obs, o, n) -> {
            if (n != null && (o == null || !o.requestId().equals(n.requestId()))) {
                follow.run();
            }
        });
        screen.selectedSectionProperty().addListener((obs, o, n) -> follow.run());
        screen.sectionTextProperty().addListener((obs, o, document) -> text.show(document));
        // Built when the first request opens: what that request already loaded is shown at once.
        follow.run();
        if (screen.sectionTextProperty().get() != null) {
            text.show(screen.sectionTextProperty().get());
        }
        getItems().setAll(text, new CommentThreadsView(comments));
        setOrientation(Orientation.HORIZONTAL);
        setDividerPositions(0.6);
    }
}
