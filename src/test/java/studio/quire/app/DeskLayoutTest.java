package studio.quire.app;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.robot.Motion;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import studio.quire.demo.DemoManuscript;
import studio.quire.manuscript.tree.ManuscriptNodeViewModel;
import studio.quire.testsupport.FxTests;
import studio.quire.testsupport.Slow;
import studio.quire.testsupport.StudioFixture;
import studio.quire.ui.FxTaskExecutor;

import java.util.ArrayList;
import java.util.List;

import studio.quire.session.Session;
import studio.quire.app.window.MainWindowView;
import studio.quire.app.window.MainWindowViewModel;
import studio.quire.app.signin.ConnectionState;
import static org.assertj.core.api.Assertions.assertThat;
import static studio.quire.testsupport.FxTests.visible;
import static studio.quire.testsupport.FxTests.waitUntil;
import static studio.quire.testsupport.LayoutAssertions.LAPTOP_WINDOW_HEIGHT;
import static studio.quire.testsupport.LayoutAssertions.LAPTOP_WINDOW_WIDTH;
import static studio.quire.testsupport.LayoutAssertions.assertWhole;
import static studio.quire.testsupport.LayoutAssertions.assertWholeOrNamedIcon;

/**
 * The whole window at the size it first opens with on a 1280×800 laptop (1228×768), a section open
 * on the writing desk: nothing cut, nothing hidden in an overflow menu, nothing unlabelled, and
 * focus mode leaves the text alone on the screen.
 */
@Slow
@ExtendWith(ApplicationExtension.class)
class DeskLayoutTest {
    private static StudioFixture fixture;
    private FxTaskExecutor executor;
    private MainWindowViewModel viewModel;

    @BeforeAll
    static void database() {
        fixture = StudioFixture.withBook("Layout Org",
                DemoManuscript.generate(2_000, 2, 3, "The Lighthouse Keeper of the Northern Isles"));
    }

    @AfterAll
    static void drop() {
        fixture.close();
    }

    @Start
    void start(Stage stage) throws Exception {
        StudioFixture.WriterStudio writer = fixture.writerStudio("quire-layout");
        executor = writer.executor();
        viewModel = new MainWindowViewModel(writer.opener(), writer.settings(), executor);
        MainWindowView window = new MainWindowView(viewModel, new StudioFeatures(executor, writer.opener(),
                viewModel.navigation()::openProject, viewModel.notice()::problem));
        FxTests.show(stage, window);
        stage.setWidth(LAPTOP_WINDOW_WIDTH);
        stage.setHeight(LAPTOP_WINDOW_HEIGHT);
        viewModel.session().connect();
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        FxToolkit.setupFixture(() -> ((MainWindowView) robot.lookup(".main-window").query()).closeManuscript());
        Session session = viewModel.session().sessionProperty().get();
        if (session != null) {
            session.close();
        }
        executor.close();
    }

    @Test
    void deskAt1280x800_showsEveryToolbarButtonWhole_andNoOverflow(FxRobot robot) {
        openASection(robot);

        for (String toolbar : List.of(".section-editor .tool-bar", ".manuscript-tree .tool-bar")) {
            ToolBar bar = robot.lookup(toolbar).queryAs(ToolBar.class);
            assertThat(overflowShown(bar)).as("overflow of %s", toolbar).isFalse();
            assertThat(bar.getItems()).as("buttons of %s", toolbar).anyMatch(n -> n instanceof Labeled && n.isVisible());
            for (Node item : bar.getItems()) {
                if (item instanceof Labeled labeled && item.isVisible()) {
                    assertWholeOrNamedIcon(labeled);
                }
            }
        }
    }

    @Test
    void deskAt1280x800_showsTheParagraphStyleChooserWideEnoughForItsLongestChoice(FxRobot robot) {
        openASection(robot);
        @SuppressWarnings("unchecked")
        ComboBox<Object> chooser = robot.lookup("#blockChooser").queryAs(ComboBox.class);
        assertThat(chooser.getItems()).as("paragraph styles").hasSizeGreaterThan(1);

        for (Object choice : new ArrayList<>(chooser.getItems())) {
            robot.interact(() -> chooser.setValue(choice));
            WaitForAsyncUtils.waitForFxEvents();
            Labeled shown = (Labeled) chooser.lookup(".list-cell");
            assertWhole(shown);
        }
    }

    @Test
    void deskAt1280x800_showsEveryInspectorTabWhole(FxRobot robot) {
        openASection(robot);
        TabPane inspector = robot.lookup(".writing-inspector").queryAs(TabPane.class);
        Bounds pane = inspector.localToScene(inspector.getLayoutBounds());

        assertThat(inspector.lookupAll(".tab")).hasSize(3);
        for (Node tab : inspector.lookupAll(".tab")) {
            Bounds header = tab.localToScene(tab.getLayoutBounds());
            assertThat(header.getMinX()).as("left of a tab").isGreaterThanOrEqualTo(pane.getMinX() - 0.5);
            assertThat(header.getMaxX()).as("right of a tab").isLessThanOrEqualTo(pane.getMaxX() + 0.5);
            assertWhole((Labeled) tab.lookup(".tab-label"));
        }
        Node menu = inspector.lookup(".control-buttons-tab");
        assertThat(menu == null || !visible(menu) || !menu.isManaged() || menu.getLayoutBounds().getWidth() == 0
                || !visible(menu.lookup(".tab-down-button"))).as("tab overflow menu shown").isTrue();
    }

    @Test
    void binderAt1280x800_hasNoHorizontalScrollBar_andEveryRowTellsItsWholeTitle(FxRobot robot) {
        openASection(robot);
        TreeView<?> tree = robot.lookup("#tree").queryAs(TreeView.class);

        assertThat(tree.lookupAll(".scroll-bar")).noneMatch(n -> n instanceof ScrollBar bar
                && bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && visible(bar));
        List<Node> rows = new ArrayList<>(tree.lookupAll(".tree-cell"));
        assertThat(rows).anyMatch(n -> n instanceof TreeCell<?> c && c.getItem() != null);
        for (Node row : rows) {
            if (row instanceof TreeCell<?> cell && cell.getItem() instanceof ManuscriptNodeViewModel node) {
                assertThat(cell.getTooltip()).as("tooltip of %s", node.titleProperty().get()).isNotNull();
                assertThat(cell.getTooltip().getText()).startsWith(node.titleProperty().get());
                assertThat(cell.getWidth()).isLessThanOrEqualTo(tree.getWidth());
            }
        }
    }

    @Test
    void commentMarginStrip_isLabelledAndTipped(FxRobot robot) {
        openASection(robot);
        Labeled strip = robot.lookup("#commentMarginCount").queryAs(Labeled.class);

        waitUntil(() -> visible(strip));
        assertThat(strip.getTooltip()).isNotNull();
        assertThat(strip.getAccessibleText()).contains("Comments");
        assertThat(strip.getGraphic()).isNotNull();
    }

    @Test
    void findBarAt1280x800_fitsBesideTheCommentMargin_withNothingCut(FxRobot robot) {
        openASection(robot);
        robot.clickOn("#editorArea");
        robot.press(KeyCode.CONTROL).type(KeyCode.H).release(KeyCode.CONTROL);
        waitUntil(() -> visible(robot.lookup("#findBar").query()));
        robot.write("the");
        WaitForAsyncUtils.waitForFxEvents();

        Node bar = robot.lookup("#findBar").query();
        for (String field : List.of("#findField", "#replaceField")) {
            assertThat(robot.lookup(field).queryAs(javafx.scene.control.TextField.class).getWidth())
                    .as("width of %s", field).isGreaterThanOrEqualTo(120);
        }
        // One selector at a time: lookupAll does not take a selector list ("a, b" finds nothing).
        List<Labeled> controls = new ArrayList<>();
        for (String selector : List.of(".button", ".toggle-button", ".label")) {
            bar.lookupAll(selector).stream().filter(n -> n instanceof Labeled labeled && visible(labeled))
                    .map(Labeled.class::cast).forEach(controls::add);
        }
        assertThat(controls).as("the find bar's buttons and labels").isNotEmpty();
        for (Labeled labeled : controls) {
            assertWholeOrNamedIcon(labeled);
        }
        Node editor = robot.lookup(".section-editor").query();
        Bounds column = editor.localToScene(editor.getLayoutBounds());
        Bounds find = bar.localToScene(bar.getLayoutBounds());
        assertThat(find.getMaxX()).as("right end of the find bar").isLessThanOrEqualTo(column.getMaxX() + 0.5);
    }

    @Test
    void focusMode_hidesSidebarMenuAndStatusBar_andF11OrEscBringsThemBack(FxRobot robot) {
        openASection(robot);
        robot.clickOn("#editorArea");

        double binderWidth = robot.lookup(".manuscript-tree").query().getLayoutBounds().getWidth();
        robot.type(KeyCode.F11);
        waitUntil(() -> chromeHidden(robot));
        assertThat(robot.lookup("#tree").tryQuery().map(n -> n.getScene() == null || !visible(n)).orElse(true)).isTrue();

        robot.type(KeyCode.F11);
        waitUntil(() -> chromeShown(robot));

        robot.type(KeyCode.F11);
        waitUntil(() -> chromeHidden(robot));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> chromeShown(robot));
        assertThat(visible(robot.lookup("#tree").query())).isTrue();
        // and the desk is as it was: binder and inspector at their widths, nothing in an overflow menu
        Node binder = robot.lookup(".manuscript-tree").query();
        waitUntil(() -> Math.abs(binder.getLayoutBounds().getWidth() - binderWidth) < 2);
        for (String toolbar : List.of(".section-editor .tool-bar", ".manuscript-tree .tool-bar")) {
            assertThat(overflowShown(robot.lookup(toolbar).queryAs(ToolBar.class))).as("overflow of %s", toolbar).isFalse();
        }
    }

    private static boolean chromeHidden(FxRobot robot) {
        return chrome(robot).stream().noneMatch(n -> n.isVisible() || n.isManaged());
    }

    private static boolean chromeShown(FxRobot robot) {
        return chrome(robot).stream().allMatch(n -> n.isVisible() && n.isManaged());
    }

    private static List<Node> chrome(FxRobot robot) {
        return List.of(robot.lookup(".main-window > .menu-bar").query(), robot.lookup(".main-window > .sidebar").query(),
                robot.lookup(".main-window > .status-bar").query());
    }

    private void openASection(FxRobot robot) {
        waitUntil(() -> viewModel.session().stateProperty().get() == ConnectionState.READY);
        robot.interact(() -> viewModel.navigation().openProject(fixture.project()));
        String title = fixture.book().chapters().get(0).sections().get(0).title();
        // Near the row's left end, where its title starts (a row wider than the binder has its middle out of sight).
        robot.moveTo(StudioFixture.binderRow(robot, title), javafx.geometry.Pos.CENTER_LEFT,
                new javafx.geometry.Point2D(80, 0), Motion.DIRECT).clickOn();
        waitUntil(() -> robot.lookup("#editorArea").queryAs(studio.quire.editor.view.EditorArea.class).getLength() > 50);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean overflowShown(ToolBar bar) {
        Node overflow = bar.lookup(".tool-bar-overflow-button");
        return overflow != null && visible(overflow);
    }
}
