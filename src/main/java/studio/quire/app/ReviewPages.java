package studio.quire.app;

import javafx.application.Platform;
import studio.quire.review.OverdueChecks;
import studio.quire.review.screen.ReviewDetailsRepository;
import studio.quire.review.queue.ReviewPage;
import studio.quire.review.queue.ReviewQueueView;
import studio.quire.review.queue.ReviewQueueViewModel;
import studio.quire.review.queue.QueueRepository;
import studio.quire.review.ReviewRepository;
import studio.quire.review.screen.ReviewScreenView;
import studio.quire.review.screen.ReviewScreenViewModel;
import studio.quire.review.screen.SubmittedTextView;
import studio.quire.review.comment.CommentRepository;
import studio.quire.review.comment.CommentThreadsViewModel;
import studio.quire.ui.TaskExecutor;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Consumer;

import studio.quire.session.Session;
import studio.quire.app.pages.PageContent;

/**
 * Builds a session's Review page for the composition root: the queue, the review screen with the
 * submitted text and its comment threads, live through the organization's review channel, and the
 * overdue check that runs while the page is in a window.
 */
final class ReviewPages {
    private final TaskExecutor executor;
    private final Clock clock;

    ReviewPages(TaskExecutor executor, Clock clock) {
        this.executor = executor;
        this.clock = clock;
    }

    /** A built page, and how to show one request's screen on it. */
    record Built(PageContent page, Consumer<UUID> open) {
    }

    /** @param showPage brings the Review page forward (the main window switches to it) */
    Built build(Session session, Runnable showPage) {
        var db = session.database();
        ReviewRepository reviews = new ReviewRepository(db.dsl());
        ReviewQueueViewModel queue = new ReviewQueueViewModel(reviews, new QueueRepository(db.dsl()), executor, clock);
        ReviewScreenViewModel screen = new ReviewScreenViewModel(reviews, new ReviewDetailsRepository(db.dsl()), executor,
                clock);
        CommentThreadsViewModel comments = new CommentThreadsViewModel(new CommentRepository(db.dsl()), executor, clock);
        ReviewPage page = new ReviewPage(new ReviewQueueView(queue),
                () -> new ReviewScreenView(screen, new SubmittedTextView(screen, comments)));
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
        // Overdue steps escalate while the studio runs, not only when someone looks.
        OverdueChecks.whileShown(page, queue::checkOverdue);
        PageLifetimes.closeWhenRemoved(page, db.listen(ReviewRepository.channel(session.organization().orgId()),
                Duration.ofMillis(100), () -> Platform.runLater(() -> {
                    queue.changed();
                    screen.changed();
                    comments.changed();
                })));
        return new Built(new PageContent(page, queue.badgeProperty()), request -> {
            open.accept(request);
            showPage.run();
        });
    }
}
