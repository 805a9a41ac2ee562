package studio.quire.review.queue;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import studio.quire.testsupport.DatabaseViewTest;
import studio.quire.testsupport.FxTests;

import java.time.Clock;
import java.util.UUID;

import studio.quire.review.ReviewFixture;
import studio.quire.review.ReviewRepository;
import static org.assertj.core.api.Assertions.assertThat;
import static studio.quire.testsupport.FxTests.waitUntil;

/** The review queue driven like an editor would, against the real database. */
class ReviewQueueViewTest extends DatabaseViewTest {
    private ReviewQueueViewModel viewModel;

    /** Mounts the queue of this login and loads it. */
    private void mount(FxRobot robot, String login) {
        robot.interact(() -> {
            var dsl = db.open(db.as(login)).dsl();
            viewModel = new ReviewQueueViewModel(new ReviewRepository(dsl), new QueueRepository(dsl), executor,
                    Clock.systemUTC());
            root.setCenter(new ReviewQueueView(viewModel));
            viewModel.refresh();
        });
    }

    private static boolean isRow(Node node, String title) {
        return node instanceof ListCell<?> cell && cell.getItem() instanceof QueueRow row
                && row.title().equals(title) && FxTests.visible(cell);
    }

    private static Node row(FxRobot robot, String title) {
        waitUntil(() -> robot.lookup((Node n) -> isRow(n, title)).tryQuery().isPresent());
        return robot.lookup((Node n) -> isRow(n, title)).query();
    }

    private static boolean badgeShown(Node row, String styleClass, String text) {
        return row.lookupAll("." + styleClass).stream()
                .anyMatch(n -> n instanceof Label l && l.getText().equals(text) && FxTests.visible(l));
    }

    private static String titleOf(ReviewFixture f, UUID request) {
        return (String) f.call(f.owner(), "select title from quire.review_request where id = ?::uuid", request);
    }

    @Test
    void list_showsEachItem_withAnOverdueBadgeOnTheLateOne(FxRobot robot) {
        ReviewFixture f = ReviewFixture.create(db, "Queue view overdue");
        UUID onTime = f.submit(f.writer(), f.section1());
        UUID late = f.submit(f.writer(), f.section2());
        ReviewQueueViewModelTest.makeOverdue(f, late);

        mount(robot, f.editor());

        Node lateRow = row(robot, titleOf(f, late));
        Node onTimeRow = row(robot, titleOf(f, onTime));
        assertThat(badgeShown(lateRow, "overdue-badge", "Overdue")).isTrue();
        assertThat(badgeShown(onTimeRow, "overdue-badge", "Overdue")).isFalse();
        assertThat(robot.lookup(".empty-state").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void claim_marksTheSelectedItemTakenByMe(FxRobot robot) {
        ReviewFixture f = ReviewFixture.create(db, "Queue view claim");
        UUID request = f.submit(f.writer(), f.section1());
        mount(robot, f.editor());
        String title = titleOf(f, request);

        robot.clickOn(row(robot, title));
        robot.clickOn("#claimButton");

        waitUntil(() -> badgeShown(row(robot, title), "taken-badge", "Taken by you"));
        assertThat(robot.lookup("#releaseButton").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(f.call(f.owner(), "select claimed_by from quire.review_step where request_id = ?::uuid and position = 1",
                request)).isEqualTo(f.person(f.editor()));
    }

    @Test
    void emptyQueue_showsWhatWillAppearHere(FxRobot robot) {
        ReviewFixture f = ReviewFixture.create(db, "Queue view empty");

        mount(robot, f.editor());

        waitUntil(() -> robot.lookup(".empty-state").queryAs(Label.class).isVisible());
        assertThat(robot.lookup(".empty-state").queryAs(Label.class).getText())
                .isEqualTo("Nothing waits for you. Items submitted for review show here.");
        assertThat(robot.lookup("#loadMoreButton").queryAs(Button.class).isVisible()).isFalse();
    }
}
