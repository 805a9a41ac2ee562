package studio.quire.app;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.quire.db.Database;
import studio.quire.editor.view.EditorArea;
import studio.quire.demo.DemoBook;
import studio.quire.demo.DemoManuscript;
import studio.quire.manuscript.tree.ManuscriptNodeViewModel;
import studio.quire.demo.DemoBookRepository;
import studio.quire.project.Project;
import studio.quire.review.queue.QueueRow;
import studio.quire.review.screen.ReviewHistoryEntry;
import studio.quire.review.comment.AnchoredTextView;
import studio.quire.review.comment.CommentThread;
import studio.quire.testsupport.FxTests;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;
import studio.quire.ui.FxTaskExecutor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import studio.quire.session.Session;
import studio.quire.session.SessionOpener;
import studio.quire.session.DataDirectory;
import studio.quire.session.SettingsStore;
import static org.assertj.core.api.Assertions.assertThat;
import static studio.quire.testsupport.FxTests.waitUntil;

/**
 * The whole writer → editor loop across two people signed in at once, each in their own window
 * as the studio builds it, talking only through the database: the writer submits a section, the
 * editor opens it from the queue, comments on words and requests changes, the writer sees both, revises
 * and submits again, the editor approves, and the writer sees every step and publishes.
 */
@ExtendWith(ApplicationExtension.class)
@studio.quire.testsupport.Slow
class ReviewLoopTest {
    private static TestDatabase db;
    private static TestDatabase.Org org;
    private static Project project;
    private static DemoBook book;

    private FxTaskExecutor executor;
    private final List<StudioFeatures> features = new ArrayList<>();
    private final List<Session> sessions = new ArrayList<>();
    private Node desk;
    private TabPane writerWindow;
    private BorderPane editorWindow;
    private Stage editorStage;
    private Stage writerStage;

    @BeforeAll
    static void seed() throws Exception {
        db = TestServer.get().newDatabase();
        org = db.createOrg("Loop Org");
        book = DemoManuscript.generate(1_500, 2, 2, "Loop Book");
        try (Database writer = db.open(db.as(org.writer()))) {
            project = new DemoBookRepository(writer.dsl()).createBook(org.id(), book, p -> { }).project();
        }
        // One step decided by editors, so the editor's approval finishes the request (an admin edits workflows).
        try (Database admin = db.open(db.as(org.admin()))) {
            admin.dsl().execute("delete from quire.workflow_step where position = 2 and org_id = ?", org.id());
        }
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    private StudioFeatures featuresFor(String login, List<String> notices) throws Exception {
        Path home = Files.createTempDirectory("quire-loop");
        SessionOpener opener = new SessionOpener(new DataDirectory(home), new SettingsStore(home.resolve("settings.properties")),
                Map.of("QUIRE_DB_URL", db.owner().jdbcUrl(), "QUIRE_DB_USER", login,
                        "QUIRE_DB_PASSWORD", TestDatabase.passwordOf(login)));
        sessions.add(opener.open(step -> { }));
        StudioFeatures built = new StudioFeatures(executor, opener, p -> { }, notices::add);
        features.add(built);
        return built;
    }

    @Start
    void start(Stage stage) throws Exception {
        executor = new FxTaskExecutor(Platform::runLater, 2);
        StudioFeatures writer = featuresFor(org.writer(), new ArrayList<>());
        Session writing = sessions.get(0);
        desk = writer.manuscript(writing, project);
        Tab reviewTab = new Tab("Writer's review page", writer.reviewQueue(writing).content());
        writerWindow = new TabPane(new Tab("Desk", desk), reviewTab);
        writer.setOnShowReview(() -> writerWindow.getSelectionModel().select(reviewTab));
        FxTests.show(stage, writerWindow);
        writerStage = stage;

        StudioFeatures editor = featuresFor(org.editor(), new ArrayList<>());
        editorWindow = new BorderPane(editor.reviewQueue(sessions.get(1)).content());
        editorStage = new Stage();
        Scene scene = new Scene(editorWindow, 1000, 640);
        scene.getStylesheets().setAll(stage.getScene().getStylesheets());
        editorStage.setScene(scene);
        editorStage.setX(40);
        editorStage.show();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.setupFixture(() -> {
            ((studio.quire.writing.WritingDeskView) desk).close();
            editorStage.close();
        });
        executor.close();
        for (StudioFeatures f : features) {
            f.close();
        }
        for (Session s : sessions) {
            s.close();
        }
    }

    @Test
    void writerSubmits_editorRequestsChanges_writerRevisesAndResubmits_editorApproves_writerSeesEveryStep(FxRobot robot) {
        String title = book.chapters().get(0).sections().get(0).title();

        // The writer submits a section from the Review tab.
        front(robot, writerStage);
        robot.clickOn(binderCell(robot, title));
        waitUntil(() -> area(robot).getLength() > 100);
        robot.clickOn(writer(robot, (Labeled l) -> "Review".equals(l.getText())));
        waitUntil(() -> enabled(robot, writerWindow, "#submitForReviewButton"));
        robot.clickOn(robot.from(writerWindow).lookup("#submitForReviewButton").queryAs(Node.class));
        waitUntil(() -> writerStatus(robot).startsWith("In review: step 1 of 1, Copy edit"));

        // It reaches the editor's queue without a refresh; the editor opens it and asks for changes.
        front(robot, editorStage);
        robot.doubleClickOn(queueRow(robot, title));
        waitUntil(() -> title.equals(editorText(robot, "#reviewTitle")));
        waitUntil(() -> editorText(robot, "#reviewStepLine").startsWith("Step 1 of 1 · Copy edit"));

        // …comments on words of the submitted text, mentioning the writer…
        robot.clickOn(editor(robot, (Labeled l) -> "Text and comments".equals(l.getText())));
        AnchoredTextView submitted = robot.from(editorWindow).lookup((Node n) -> n instanceof AnchoredTextView)
                .queryAs(AnchoredTextView.class);
        waitUntil(() -> submitted.area().getLength() > 100);
        String quote = submitted.area().getText().substring(0, submitted.area().getText().indexOf(' ', 12));
        robot.interact(() -> submitted.area().selectRange(0, quote.length()));
        robot.clickOn(robot.from(editorWindow).lookup("#commentOnSelectionButton").queryAs(Node.class));
        robot.clickOn(robot.from(editorWindow).lookup("#commentDraft").queryAs(Node.class))
                .write("Too slow. @" + org.writer() + " what if it opened on the storm?");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitUntil(() -> card(robot, editorWindow, quote) != null);

        // …and requests changes with a comment.
        robot.clickOn(robot.from(editorWindow).lookup("#decisionComment").queryAs(Node.class)).write("Open on the storm.");
        robot.clickOn(robot.from(editorWindow).lookup("#requestChangesButton").queryAs(Node.class));
        waitUntil(() -> editorText(robot, "#reviewStepLine").startsWith("Changes requested"));

        // The writer's Review tab says so as it happens, with the comment.
        waitUntil(() -> writerStatus(robot).startsWith("Changes requested at Copy edit"));
        assertThat(robot.from(writerWindow).lookup("#reviewComment").queryAs(Labeled.class).getText())
                .isEqualTo("“Open on the storm.”");
        // The margin beside the editor shows the comment on the words; clicking it selects them.
        front(robot, writerStage);
        waitUntil(() -> card(robot, writerWindow, quote) != null);
        robot.clickOn(card(robot, writerWindow, quote).lookup(".comment-quote"));
        waitUntil(() -> area(robot).getSelectedText().equals(quote));
        try (Database writer = db.open(db.as(org.writer()))) {
            assertThat(writer.dsl().fetchValue("select count(*) from quire.notification where kind = 'mention'"))
                    .as("the mention reached the writer").isEqualTo(1L);
        }

        // The writer revises and submits again.
        robot.clickOn(area(robot));
        robot.press(KeyCode.CONTROL).type(KeyCode.HOME).release(KeyCode.CONTROL);
        robot.write("The storm broke. ");
        waitUntil(() -> enabled(robot, writerWindow, "#resubmitButton"));
        robot.clickOn(robot.from(writerWindow).lookup("#resubmitButton").queryAs(Node.class));
        waitUntil(() -> writerStatus(robot).startsWith("In review: step 1 of 1") && writerStatus(robot).endsWith("(round 2)"));

        // The editor, back at the queue, opens round 2: the change since the last submission, and approves.
        front(robot, editorStage);
        robot.type(KeyCode.ESCAPE);
        robot.doubleClickOn(queueRow(robot, title));
        waitUntil(() -> editorText(robot, "#reviewStepLine").endsWith("(round 2)"));
        robot.clickOn(robot.from(editorWindow).lookup("#approveButton").queryAs(Node.class));
        waitUntil(() -> editorText(robot, "#reviewStepLine").startsWith("Approved"));

        // The writer sees it approved, opens the review and finds every step, then publishes.
        front(robot, writerStage);
        waitUntil(() -> writerStatus(robot).equals("Approved. Ready to publish."));
        robot.clickOn(robot.from(writerWindow).lookup("#openReviewButton").queryAs(Node.class));
        waitUntil(() -> title.equals(text(robot, writerWindow, "#reviewTitle")));
        robot.clickOn(writer(robot, (Labeled l) -> "History".equals(l.getText())));
        ListView<?> history = robot.from(writerWindow).lookup("#reviewHistory").queryAs(ListView.class);
        waitUntil(() -> history.getItems().size() == 4);
        assertThat(history.getItems()).extracting(e -> ((ReviewHistoryEntry) e).what())
                .containsExactly("Submitted for review", "Requested changes at Copy edit", "Submitted again (round 2)",
                        "Approved Copy edit");
        robot.clickOn(robot.from(writerWindow).lookup("#publishButton").queryAs(Node.class));
        waitUntil(() -> text(robot, writerWindow, "#reviewStepLine").equals("Published"));
    }

    /** The two windows overlap on the small headless screen: the one worked in comes to the front. */
    private static void front(FxRobot robot, Stage window) {
        robot.interact(window::toFront);
        robot.targetWindow(window);
    }

    private static boolean enabled(FxRobot robot, Node root, String id) {
        return robot.from(root).lookup(id).tryQuery().map(n -> !n.isDisabled() && FxTests.visible(n)).orElse(false);
    }

    private String writerStatus(FxRobot robot) {
        return text(robot, writerWindow, "#reviewStatus");
    }

    private String editorText(FxRobot robot, String id) {
        return text(robot, editorWindow, id);
    }

    private static String text(FxRobot robot, Node root, String id) {
        return robot.from(root).lookup(id).tryQuery().map(n -> ((Labeled) n).getText()).orElse("");
    }

    private <T extends Node> Node writer(FxRobot robot, Predicate<T> test) {
        Predicate<T> shown = n -> test.test(n) && FxTests.visible(n);
        waitUntil(() -> robot.from(writerWindow).lookup(shown).tryQuery().isPresent());
        return robot.from(writerWindow).lookup(shown).query();
    }

    private <T extends Node> Node editor(FxRobot robot, Predicate<T> test) {
        Predicate<T> shown = n -> test.test(n) && FxTests.visible(n);
        waitUntil(() -> robot.from(editorWindow).lookup(shown).tryQuery().isPresent());
        return robot.from(editorWindow).lookup(shown).query();
    }

    /** The visible comment card on these words in one window, or null. */
    private static Node card(FxRobot robot, Node window, String quote) {
        Predicate<Node> card = n -> n instanceof ListCell<?> c && c.getItem() instanceof CommentThread t
                && quote.equals(t.quote()) && FxTests.visible(c);
        return robot.from(window).lookup(card).tryQuery().orElse(null);
    }

    private Node queueRow(FxRobot robot, String title) {
        Predicate<Node> row = n -> n instanceof ListCell<?> cell && cell.getItem() instanceof QueueRow r
                && r.title().equals(title) && FxTests.visible(cell);
        waitUntil(() -> robot.from(editorWindow).lookup(row).tryQuery().isPresent());
        return robot.from(editorWindow).lookup(row).query();
    }

    private Node binderCell(FxRobot robot, String title) {
        Predicate<Node> cell = n -> n instanceof TreeCell<?> c && c.getItem() instanceof ManuscriptNodeViewModel m
                && title.equals(m.titleProperty().get());
        waitUntil(() -> robot.from(writerWindow).lookup(cell).tryQuery().isPresent());
        return robot.from(writerWindow).lookup(cell).query();
    }

    private EditorArea area(FxRobot robot) {
        return robot.from(writerWindow).lookup("#editorArea").queryAs(EditorArea.class);
    }
}
