package studio.quire.review.queue;

import javafx.scene.layout.StackPane;
import studio.quire.ui.LazyPage;

import java.util.function.Supplier;

import studio.quire.review.screen.ReviewScreenView;
/**
 * The Review page: the queue, or the review screen of one request over it. Opening an item (from
 * the queue, the inbox or the writing desk) shows its screen; closing it shows the queue again.
 * The screen (comparison, submitted text, comment threads) is built when a request first opens.
 */
public final class ReviewPage extends StackPane {
    private final ReviewQueueView queue;
    private final LazyPage screen;

    public ReviewPage(ReviewQueueView queue, Supplier<ReviewScreenView> screen) {
        this.queue = queue;
        this.screen = new LazyPage(screen);
        getChildren().setAll(queue, this.screen);
        getStyleClass().add("review-page");
        showQueue();
    }

    /** Shows the review screen (its model has been told which request). */
    public void showScreen() {
        queue.setVisible(false);
        screen.setVisible(true);
        screen.content().requestFocus();
    }

    /** Shows the queue. */
    public void showQueue() {
        screen.setVisible(false);
        queue.setVisible(true);
    }

    /** Whether the review screen is shown rather than the queue. */
    public boolean showsScreen() {
        return screen.isVisible();
    }
}
