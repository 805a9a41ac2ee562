package studio.quire.manuscript.tree;

import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
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
import org.testfx.robot.Motion;
import studio.quire.testsupport.FxTests;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;
import studio.quire.ui.FxTaskExecutor;

import java.util.List;

import studio.quire.manuscript.NodeKind;
import studio.quire.manuscript.TreeChangeListener;
import studio.quire.manuscript.TreeNode;
import studio.quire.manuscript.ManuscriptTreeRepository;
import studio.quire.manuscript.TreeFixture;
import static org.assertj.core.api.Assertions.assertThat;
import static studio.quire.testsupport.FxTests.waitUntil;

/** The binder with the mouse: dragging rows, Ctrl+click selections, and the trash list. */
@ExtendWith(ApplicationExtension.class)
@studio.quire.testsupport.Slow
class ManuscriptTreeDragViewTest {
    private static TestDatabase db;
    private static TestDatabase.Org org;
    private static ManuscriptTreeRepository repository;
    private static studio.quire.db.Database writerDb;
    private static ManuscriptTreeRepository someoneElse;
    private FxTaskExecutor executor;
    private ManuscriptTreeViewModel viewModel;
    private TreeFixture f;

    @BeforeAll
    static void database() {
        db = TestServer.get().newDatabase();
        org = db.createOrg("Binder drag");
        writerDb = db.open(db.as(org.writer()));
        repository = new ManuscriptTreeRepository(writerDb.dsl());
        someoneElse = new ManuscriptTreeRepository(db.open(db.as(org.consultant())).dsl());
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Start
    void start(Stage stage) {
        f = new TreeFixture(db, org, repository, 2, 3);
        executor = new FxTaskExecutor(Platform::runLater, 2);
        viewModel = new ManuscriptTreeViewModel(repository, f.project, true, executor);
        viewModel.load();
        viewModel.listen(new TreeChangeListener(writerDb));
        FxTests.show(stage, new ManuscriptTreeView(viewModel));
    }

    @AfterEach
    void stopExecutor() {
        viewModel.close();
        executor.close();
    }

    private static boolean isCell(Node node, String textStart) {
        return node instanceof TreeCell<?> cell && cell.getText() != null && cell.getText().startsWith(textStart)
                && FxTests.visible(cell);
    }

    private Node row(FxRobot robot, String textStart) {
        waitUntil(() -> robot.lookup((Node n) -> isCell(n, textStart)).tryQuery().isPresent());
        return robot.lookup((Node n) -> isCell(n, textStart)).query();
    }

    private List<String> titlesUnder(TreeNode parent) {
        return viewModel.node(parent.id()).orElseThrow().children().stream().map(n -> n.titleProperty().get()).toList();
    }

    @Test
    void dragASectionOntoAnotherChapter_movesItThere_andCtrlZ_movesItBack(FxRobot robot) {
        robot.clickOn(row(robot, "Section 0.1"));
        robot.drag(row(robot, "Section 0.1")).dropTo(row(robot, "Chapter 1"));

        waitUntil(() -> titlesUnder(f.chapters.get(1)).equals(List.of("Section 1.0", "Section 1.1", "Section 1.2", "Section 0.1")));
        waitUntil(() -> titlesUnder(f.chapters.get(0)).equals(List.of("Section 0.0", "Section 0.2")));
        waitUntil(() -> viewModel.selectedProperty().get().id().equals(f.sections.get(0).get(1).id()));
        waitUntil(() -> robot.lookup((Node n) -> isCell(n, "Chapter 1 · 74 words")).tryQuery().isPresent());

        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> titlesUnder(f.chapters.get(0)).equals(List.of("Section 0.0", "Section 0.1", "Section 0.2")));
    }

    @Test
    void dragASectionBesideAChapter_isRefused_andSaysWhy(FxRobot robot) {
        Node chapter = row(robot, "Chapter 1");
        robot.drag(row(robot, "Section 0.0"));
        robot.moveTo(chapter, Pos.TOP_CENTER, new Point2D(0, 2), Motion.DIRECT);
        waitUntil(() -> chapter.getStyleClass().contains(TreeDragGesture.REFUSED));
        robot.drop();

        waitUntil(() -> viewModel.messageProperty().get().equals("A book cannot hold a section."));
        assertThat(titlesUnder(f.chapters.get(0))).containsExactly("Section 0.0", "Section 0.1", "Section 0.2");
    }

    @Test
    void ctrlClickTwoSections_thenAltDown_movesBoth(FxRobot robot) {
        robot.clickOn(row(robot, "Section 0.0"));
        robot.press(KeyCode.CONTROL).clickOn(row(robot, "Section 0.1")).release(KeyCode.CONTROL);
        waitUntil(() -> viewModel.selection().size() == 2);

        robot.press(KeyCode.ALT).press(KeyCode.DOWN).release(KeyCode.DOWN).release(KeyCode.ALT);

        waitUntil(() -> titlesUnder(f.chapters.get(0)).equals(List.of("Section 0.2", "Section 0.0", "Section 0.1")));
        waitUntil(() -> viewModel.selection().size() == 2);
        assertThat(viewModel.selection()).extracting(n -> n.titleProperty().get())
                .containsExactlyInAnyOrder("Section 0.0", "Section 0.1");
    }

    @Test
    void trashedSection_isRestoredFromTheTrashList(FxRobot robot) {
        robot.clickOn(row(robot, "Section 1.2"));
        robot.type(KeyCode.DELETE);
        waitUntil(() -> titlesUnder(f.chapters.get(1)).equals(List.of("Section 1.0", "Section 1.1")));

        waitUntil(() -> robot.lookup("Trash (1)").tryQuery().isPresent());
        robot.clickOn("Trash (1)");
        waitUntil(() -> robot.lookup((Node n) -> n instanceof ListCell<?> c && "Section · Section 1.2".equals(c.getText())
                && FxTests.visible(c)).tryQuery().isPresent());
        robot.clickOn(robot.lookup((Node n) -> n instanceof ListCell<?> c && "Section · Section 1.2".equals(c.getText())).<Node>query());
        robot.clickOn("Restore");

        waitUntil(() -> titlesUnder(f.chapters.get(1)).equals(List.of("Section 1.0", "Section 1.1", "Section 1.2")));
        waitUntil(() -> robot.lookup("Trash").tryQuery().isPresent() && viewModel.trash().items().isEmpty());
    }

    @Test
    void someoneElsesChanges_appearLive_andLeaveTheSelectionAlone(FxRobot robot) {
        robot.clickOn(row(robot, "Section 1.1"));
        robot.press(KeyCode.CONTROL).clickOn(row(robot, "Section 1.2")).release(KeyCode.CONTROL);
        waitUntil(() -> viewModel.selection().size() == 2);

        someoneElse.rename(f.sections.get(0).get(0), "Renamed by a colleague");
        someoneElse.create(f.project, f.chapters.get(0).id(), NodeKind.SECTION, "Added by a colleague", 0);

        waitUntil(() -> robot.lookup((Node n) -> isCell(n, "Renamed by a colleague")).tryQuery().isPresent());
        waitUntil(() -> titlesUnder(f.chapters.get(0)).get(0).equals("Added by a colleague"));
        @SuppressWarnings("unchecked")
        javafx.scene.control.TreeView<ManuscriptNodeViewModel> tree = robot.lookup(".tree-view").query();
        assertThat(tree.getSelectionModel().getSelectedItems()).extracting(i -> i.getValue().titleProperty().get())
                .containsExactlyInAnyOrder("Section 1.1", "Section 1.2");
        assertThat(viewModel.selectedProperty().get().id()).isEqualTo(f.sections.get(1).get(2).id());
    }
}
