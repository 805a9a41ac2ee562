package studio.quire.review;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.quire.editor.SectionTextRepository;
import studio.quire.testsupport.FxTests;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;
import studio.quire.testsupport.WritersChapter;
import studio.quire.ui.FxTaskExecutor;

import java.time.Clock;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static studio.quire.testsupport.FxTests.waitUntil;

/** The Review page as an editor uses it: open an item from the queue, decide with a comment, go back. */
@ExtendWith(ApplicationExtension.class)
class ReviewScreenViewTest {
    private static TestDatabase db;
    private static TestDatabase.Org org;
    private static WritersChapter book;
    private final BorderPane root = new BorderPane();
    private FxTaskExecutor executor;
    private ReviewPage page;

    @BeforeAll
    static void database() {
        db = TestServer.get().newDatabase();
        org = db.createOrg("Review screen view");
        book = new WritersChapter(db, org, "Reviewed on screen");
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Start
    void start(Stage stage) {
        executor = new FxTaskExecutor(Platform::runLater, 2);
        FxTests.show(stage, root);
    }

    @AfterEach
    void stop() {
        executor.close();
    }

    private void mount(FxRobot robot, String login) {
        robot.interact(() -> {
            var dsl = db.open(db.as(login)).dsl();
            ReviewRepository reviews = new ReviewRepository(dsl);
            ReviewQueueViewModel queue = new ReviewQueueViewModel(reviews, executor, Clock.systemUTC());
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
