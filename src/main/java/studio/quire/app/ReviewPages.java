package studio.quire.app;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import studio.quire.review.ReviewDetails;
import studio.quire.review.ReviewDetailsRepository;
import studio.quire.review.ReviewPage;
import studio.quire.review.ReviewQueueView;
import studio.quire.review.ReviewQueueViewModel;
import studio.quire.review.ReviewRepository;
import studio.quire.review.ReviewScreenView;
import studio.quire.review.ReviewScreenViewModel;
import studio.quire.review.comment.AnchoredTextView;
import studio.quire.review.comment.CommentRepository;
import studio.quire.review.comment.CommentThreadsView;
import studio.quire.review.comment.CommentThreadsViewModel;
import studio.quire.ui.TaskExecutor;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Consumer;

import studio.quire.session.Session;
import studio.quire.app.window.SidebarPage;
/**
 * Builds a session's Review page for the composition root: the queue, the review screen with the
 * submitted text and its comment threads, live through the organization's review channel, and the
 * overdue check that runs while the page is in a window.
 */
final class ReviewPages {
    private static final javafx.util.Duration OVERDUE_CHECK = javafx.util.Duration.minutes(5);

    private final TaskExecutor executor;
    private final Clock clock;

    ReviewPages(TaskExecutor executor, Clock clock) {
        this.executor = executor;
        this.clock = clock;
    }

    /** A built page, and how to show one request's screen on it. */
    record Built(SidebarPage page, Consumer<UUID> open) {
    }

    /** @param showPage brings the Review page forward (the main window switches to it) */
    Built build(Session session, Runnable showPage) {
        var db = session.database();
        ReviewRepository reviews = new ReviewRepository(db.dsl());
        ReviewQueueViewModel queue = new ReviewQueueViewModel(reviews, executor, clock);
        ReviewScreenViewModel screen = new ReviewScreenViewModel(reviews, new ReviewDetailsRepository(db.dsl()), executor,
                clock);
        CommentThreadsViewModel comments = new CommentThreadsViewModel(new CommentRepository(db.dsl()), executor, clock);
        ReviewPage page = new ReviewPage(new ReviewQueueView(queue),
                () -> new ReviewScreenView(screen, commentsPane(screen, comments)));
        Consumer<UUID> open = request -> {
            screen.open(request);
            page.showScreen();
        };
        queue.setOnOpen(open);
        screen.setOnClose(() -> {
            page.showQueue();
            queue.refresh();
        });
        queue.refresh();
        checkOverdueWhileShown(page, queue);
        PageLifetimes.closeWhenRemoved(page, db.listen(ReviewRepository.channel(session.organization().orgId()),
                Duration.ofMillis(100), () -> Platform.runLater(() -> {
                    queue.changed();
                    screen.changed();
                    comments.changed();
                })));
        return new Built(new SidebarPage(page, queue.badgeProperty()), request -> {
            open.accept(request);
            showPage.run();
        });
    }

    /** The submitted text of the screen's section, with its anchored comment threads beside it. */
    private static Node commentsPane(ReviewScreenViewModel screen, CommentThreadsViewModel comments) {
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
        SplitPane pane = new SplitPane(text, new CommentThreadsView(comments));
        pane.setOrientation(Orientation.HORIZONTAL);
        pane.setDividerPositions(0.6);
        return pane;
    }

    /**
     * Overdue steps escalate while the studio runs: a check when the page enters the window and every
     * few minutes while it stays there (the session's pages stay in the window for the whole session).
     */
    private static void checkOverdueWhileShown(Node page, ReviewQueueViewModel queue) {
        Timeline checks = new Timeline(new KeyFrame(OVERDUE_CHECK, e -> queue.checkOverdue()));
        checks.setCycleCount(Animation.INDEFINITE);
        page.sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                checks.stop();
            } else if (old == null) {
                queue.checkOverdue();
                checks.play();
            }
        });
    }
}
