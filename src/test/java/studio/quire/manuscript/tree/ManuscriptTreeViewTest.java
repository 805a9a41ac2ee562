package studio.quire.manuscript.tree;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TreeCell;
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

import java.util.List;

import studio.quire.manuscript.TreeNode;
import studio.quire.manuscript.ManuscriptTreeRepository;
import studio.quire.manuscript.TreeFixture;
import static org.assertj.core.api.Assertions.assertThat;
import static studio.quire.testsupport.FxTests.waitUntil;

/** The binder driven like a writer would: keys and the rename dialog, against the real database. */
@ExtendWith(ApplicationExtension.class)
@studio.quire.testsupport.Slow
class ManuscriptTreeViewTest {
    private static TestDatabase db;
    private static TestDatabase.Org org;
    private static ManuscriptTreeRepository repository;
    private FxTaskExecutor executor;
    private ManuscriptTreeViewModel viewModel;
    private TreeFixture f;

    @BeforeAll
    static void database() {
        db = TestServer.get().newDatabase();
        org = db.createOrg("Binder view");
        repository = new ManuscriptTreeRepository(db.open(db.as(org.writer())).dsl());
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Start
    void start(Stage stage) {
        f = new TreeFixture(db, org, repository, 2, 2);
        executor = new FxTaskExecutor(Platform::runLater, 2);
        viewModel = new ManuscriptTreeViewModel(repository, f.project, true, executor);
        viewModel.load();
        FxTests.show(stage, new ManuscriptTreeView(viewModel));
    }

    @AfterEach
    void stopExecutor() {
        executor.close();
    }

    private static boolean isCell(Node node, String textStart) {
        return node instanceof TreeCell<?> cell && cell.getText() != null && cell.getText().startsWith(textStart)
                && FxTests.visible(cell);
    }

    private void clickOnRow(FxRobot robot, String textStart) {
        waitUntil(() -> robot.lookup((Node n) -> isCell(n, textStart)).tryQuery().isPresent());
        robot.clickOn(robot.lookup((Node n) -> isCell(n, textStart)).<Node>query());
        waitUntil(() -> viewModel.selectedProperty().get() != null
                && viewModel.selectedProperty().get().displayTextProperty().get().startsWith(textStart));
    }

    private List<String> titlesUnder(TreeNode parent) {
        return viewModel.node(parent.id()).orElseThrow().children().stream().map(n -> n.titleProperty().get()).toList();
    }

    @Test
    void tree_showsTheBookWithChaptersSectionsAndWordCounts(FxRobot robot) {
        waitUntil(() -> robot.lookup((Node n) -> isCell(n, "The book · 62 words")).tryQuery().isPresent());
        assertThat(robot.lookup((Node n) -> isCell(n, "Chapter 1 · 41 words")).tryQuery()).isPresent();
        assertThat(robot.lookup((Node n) -> isCell(n, "Section 0.1 · 11 words")).tryQuery()).isPresent();
        assertThat(robot.lookup(".empty-state").<Labeled>query().isVisible()).isFalse();
    }

    @Test
    void ctrlEnter_addsASectionAfterTheSelectedOne(FxRobot robot) {
        clickOnRow(robot, "Section 0.0");
        robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);

        waitUntil(() -> titlesUnder(f.chapters.get(0)).equals(List.of("Section 0.0", "New section", "Section 0.1")));
        waitUntil(() -> robot.lookup((Node n) -> isCell(n, "New section · 0 words")).tryQuery().isPresent());
        waitUntil(() -> "New section".equals(viewModel.selectedProperty().get().titleProperty().get()));
    }

    @Test
    void f2_renamesThroughTheDialog(FxRobot robot) {
        clickOnRow(robot, "Chapter 1");
        robot.type(KeyCode.F2);
        waitUntil(() -> robot.lookup("#dialog-text").tryQuery().isPresent());
        robot.clickOn("#dialog-text");
        robot.press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("The Return").type(KeyCode.ENTER);

        waitUntil(() -> "The Return".equals(viewModel.node(f.chapters.get(1).id()).orElseThrow().titleProperty().get()));

        waitUntil(() -> robot.lookup((Node n) -> isCell(n, "The Return · 41 words")).tryQuery().isPresent());
        assertThat(TreeFixture.titlesUnder(db.openOwner().dsl(), f.book.id())).containsExactly("Chapter 0", "The Return");
    }

    @Test
    void delete_trashesTheSelected_ctrlZ_bringsItBack(FxRobot robot) {
        clickOnRow(robot, "Section 1.0");
        robot.type(KeyCode.DELETE);

        waitUntil(() -> titlesUnder(f.chapters.get(1)).equals(List.of("Section 1.1")));
        waitUntil(() -> robot.lookup((Node n) -> isCell(n, "Section 1.0")).tryQuery().isEmpty());
        waitUntil(() -> robot.lookup("Undo trash").tryQuery().isPresent());

        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> titlesUnder(f.chapters.get(1)).equals(List.of("Section 1.0", "Section 1.1")));
        waitUntil(() -> robot.lookup((Node n) -> isCell(n, "Section 1.0 · 20 words")).tryQuery().isPresent());
    }

    @Test
    void f2_withAPastedTitleOfFiveThousandCharacters_refusesItAndSaysTheLimit(FxRobot robot) {
        clickOnRow(robot, "Chapter 1");
        robot.type(KeyCode.F2);
        waitUntil(() -> robot.lookup("#dialog-text").tryQuery().isPresent());
        robot.interact(() -> {
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putString("x".repeat(5_000));
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        robot.clickOn("#dialog-text");
        robot.press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).press(KeyCode.V).release(KeyCode.V).release(KeyCode.CONTROL);

        waitUntil(() -> robot.lookup(".field-error").<Labeled>query().getText()
                .equals("A title can be at most 300 characters (this one has 5,000)."));
        Node ok = robot.from(robot.lookup(".dialog-pane").<Node>query())
                .lookup((Node n) -> n instanceof javafx.scene.control.Button b && "Rename".equals(b.getText())).query();
        assertThat(ok.isDisabled()).isTrue();
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#dialog-text").tryQuery().isEmpty());
        assertThat(TreeFixture.titlesUnder(db.openOwner().dsl(), f.book.id())).containsExactly("Chapter 0", "Chapter 1");
    }

    private void trashAndUndo(FxRobot robot, String row, TreeNode chapter, List<String> before) {
        clickOnRow(robot, row);
        robot.type(KeyCode.DELETE);
        waitUntil(() -> robot.lookup("Undo trash").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> titlesUnder(chapter).equals(before));
        waitUntil(() -> robot.lookup((Node n) -> isCell(n, row)).tryQuery().isPresent());
    }

    @Test
    void f2_renamesTheRow_afterTrashAndUndo(FxRobot robot) {
        trashAndUndo(robot, "Section 1.0", f.chapters.get(1), List.of("Section 1.0", "Section 1.1"));
        clickOnRow(robot, "Section 1.0");

        robot.type(KeyCode.F2);
        waitUntil(() -> robot.lookup("#dialog-text").tryQuery().isPresent());
        robot.clickOn("#dialog-text");
        robot.press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("Back again").type(KeyCode.ENTER);

        waitUntil(() -> robot.lookup((Node n) -> isCell(n, "Back again · 20 words")).tryQuery().isPresent());
        assertThat(robot.lookup((Node n) -> isCell(n, "Section 1.0")).tryQuery()).isEmpty();
    }

    @Test
    void reload_showsATitleChangedElsewhere_afterTrashAndUndo(FxRobot robot) {
        trashAndUndo(robot, "Section 0.1", f.chapters.get(0), List.of("Section 0.0", "Section 0.1"));
        // As the inspector saves a title: straight to the database, then the live update reloads the tree.
        TreeNode restored = viewModel.node(f.sections.get(0).get(1).id()).orElseThrow().node();
        repository.rename(restored, "Renamed in Details");
        robot.interact(viewModel::load);

        waitUntil(() -> robot.lookup((Node n) -> isCell(n, "Renamed in Details · 11 words")).tryQuery().isPresent());
        assertThat(robot.lookup((Node n) -> isCell(n, "Section 0.1")).tryQuery()).isEmpty();
    }

    @Test
    void altDown_movesTheSelectedSectionDown_andKeepsItSelected(FxRobot robot) {
        clickOnRow(robot, "Section 0.0");
        robot.press(KeyCode.ALT).press(KeyCode.DOWN).release(KeyCode.DOWN).release(KeyCode.ALT);

        waitUntil(() -> titlesUnder(f.chapters.get(0)).equals(List.of("Section 0.1", "Section 0.0")));
        waitUntil(() -> viewModel.selectedProperty().get().id().equals(f.sections.get(0).get(0).id()));
    }
}
