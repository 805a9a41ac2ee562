package studio.quire.review.screen;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import studio.quire.editor.store.SectionTextRepository;
import studio.quire.testsupport.DatabaseViewTest;
import studio.quire.testsupport.FxTests;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.WritersChapter;

import java.time.Clock;
import java.util.UUID;

import studio.quire.review.queue.QueueRow;
import studio.quire.review.queue.QueueRepository;
import studio.quire.review.queue.ReviewQueueView;
import studio.quire.review.queue.ReviewQueueViewModel;
import studio.quire.review.queue.ReviewPage;
import studio.quire.review.ReviewRepository;
import static org.assertj.core.api.Assertions.assertThat;
import static studio.quire.testsupport.FxTests.waitUntil;

/** The Review page as an editor uses it: open an item from the queue, decide with a comment, go back. */
class ReviewScreenViewTest extends DatabaseViewTest {
    private static TestDatabase.Org org;
    private static WritersChapter book;
    private ReviewPage page;

    @BeforeAll
    static void database() {
        org = db.createOrg("Review screen view");
        book = new WritersChapter(db, org, "Reviewed on screen");
    }

    private void mount(FxRobot robot, String login) {
        robot.interact(() -> {
            var dsl = db.open(db.as(login)).dsl();
            ReviewRepository reviews = new ReviewRepository(dsl);
            ReviewQueueViewModel queue = new ReviewQueueViewModel(reviews, new QueueRepository(dsl), executor,
                    Clock.systemUTC());
            ReviewScreenViewModel screen = new ReviewScreenViewModel(reviews, new ReviewDetailsRepository(dsl), executor,
                    Clock.systemUTC());
            page = new ReviewPage(new ReviewQueueView(queue), () -> new ReviewScreenView(screen, null));
            queue.setOnOpen(id -> {
                screen.open(id);
                page.showScreen();
            });
            screen.setOnClose(() -> {
                page.showQueue();
                queue.refresh();
            });
            root.setCenter(page);
            queue.refresh();
        });
    }

    private static UUID submitted(String title, String body) {
        SectionTextRepository texts = new SectionTextRepository(db.open(db.as(org.writer())).dsl());
        UUID section = book.newSection(title);
        texts.save(section, texts.load(section).version(), body);
        return new ReviewRepository(db.open(db.as(org.writer())).dsl()).submit(section);
    }

    private static boolean isRow(Node node, String title) {
        return node instanceof ListCell<?> cell && cell.getItem() instanceof QueueRow row
                && row.title().equals(title) && FxTests.visible(cell);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void openAnItem_requestChangesWithAComment_thenEscGoesBackToTheQueue(FxRobot robot) {
        submitted("Quayside", "The quay was empty at dawn.\n");
        mount(robot, org.editor());
        waitUntil(() -> robot.lookup((Node n) -> isRow(n, "Quayside")).tryQuery().isPresent());

        robot.doubleClickOn(robot.lookup((Node n) -> isRow(n, "Quayside")).queryAs(Node.class));

        waitUntil(() -> page.showsScreen() && "Quayside".equals(text(robot, "#reviewTitle")));
        waitUntil(() -> text(robot, "#reviewStepLine").startsWith("Step 1 of 2 · Copy edit"));
        robot.clickOn("#requestChangesButton");
        waitUntil(() -> text(robot, "#reviewScreenMessage").startsWith("Say what should change"));

        robot.clickOn("#decisionComment").write("Which dawn?");
        robot.clickOn("#requestChangesButton");

        waitUntil(() -> text(robot, "#reviewStepLine").startsWith("Changes requested"));
        robot.clickOn("History");
        ListView<?> history = robot.lookup("#reviewHistory").queryAs(ListView.class);
        waitUntil(() -> history.getItems().size() == 2);
        assertThat(((ReviewHistoryEntry) history.getItems().get(1)).remark()).isEqualTo("Which dawn?");

        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !page.showsScreen());
        waitUntil(() -> robot.lookup((Node n) -> isRow(n, "Quayside")).tryQuery().isEmpty());
    }
}
