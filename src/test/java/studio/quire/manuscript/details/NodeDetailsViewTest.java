package studio.quire.manuscript.details;

import javafx.application.Platform;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.quire.testsupport.FxTests;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;
import studio.quire.ui.FxTaskExecutor;

import studio.quire.manuscript.ManuscriptTreeRepository;
import studio.quire.manuscript.TreeFixture;
import static org.assertj.core.api.Assertions.assertThat;
import static studio.quire.testsupport.FxTests.waitUntil;

/** The inspector typed into like a writer would; saves land in the database. */
@ExtendWith(ApplicationExtension.class)
@studio.quire.testsupport.Slow
class NodeDetailsViewTest {
    private static TestDatabase db;
    private static TestDatabase.Org org;
    private static ManuscriptTreeRepository tree;
    private static NodeDetailsRepository details;
    private FxTaskExecutor executor;
    private NodeDetailsViewModel viewModel;
    private TreeFixture f;

    @BeforeAll
    static void database() {
        db = TestServer.get().newDatabase();
        org = db.createOrg("Inspector view");
        tree = new ManuscriptTreeRepository(db.open(db.as(org.writer())).dsl());
        details = new NodeDetailsRepository(db.open(db.as(org.writer())).dsl());
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Start
    void start(Stage stage) {
        f = new TreeFixture(db, org, tree, 1, 1);
        executor = new FxTaskExecutor(Platform::runLater, 2);
        viewModel = new NodeDetailsViewModel(details, true, executor);
        viewModel.show(f.chapters.get(0).id());
        FxTests.show(stage, new NodeDetailsView(viewModel));
    }

    @AfterEach
    void stopExecutor() {
        executor.close();
    }

    @Test
    void editTitleAndTags_leavingTheFieldSaves(FxRobot robot) {
        waitUntil(() -> "Chapter 0".equals(robot.lookup("#titleField").<TextField>query().getText()));
        robot.clickOn("#titleField");
        robot.press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("Arrival");
        robot.clickOn("#tagsField").write("travel, night");
        robot.clickOn("#notesArea");

        waitUntil(() -> "Saved.".equals(viewModel.stateProperty().get())
                && details.load(f.chapters.get(0).id()).orElseThrow().tags().size() == 2);
        NodeDetails saved = details.load(f.chapters.get(0).id()).orElseThrow();
        assertThat(saved.title()).isEqualTo("Arrival");
        assertThat(saved.tags()).containsExactly("travel", "night");
    }

    @Test
    void addSnippet_typingPauses_andTheSnippetIsSaved(FxRobot robot) {
        waitUntil(() -> viewModel.shownProperty().get());
        // The form is taller than the window: scroll to its end, as a writer would.
        robot.interact(() -> robot.lookup(".scroll-pane").<javafx.scene.control.ScrollPane>query().setVvalue(1));
        robot.clickOn("Add snippet");
        waitUntil(() -> robot.lookup(".snippet-platform").tryQuery().isPresent());
        robot.clickOn(".snippet-platform").write("Bluesky");
        robot.clickOn(".snippet-text").write("We arrive at night.");

        waitUntil(() -> "We arrive at night.".equals(details.load(f.chapters.get(0).id()).orElseThrow()
                .socialSnippets().get("Bluesky")));
    }
}
