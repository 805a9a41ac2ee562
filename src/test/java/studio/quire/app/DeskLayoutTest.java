package studio.quire.app;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
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
import studio.quire.db.Database;
import studio.quire.demo.DemoBook;
import studio.quire.demo.DemoManuscript;
import studio.quire.manuscript.tree.ManuscriptNodeViewModel;
import studio.quire.demo.DemoBookRepository;
import studio.quire.project.Project;
import studio.quire.testsupport.FxTests;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;
import studio.quire.ui.FxTaskExecutor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import studio.quire.session.Session;
import studio.quire.session.SessionOpener;
import studio.quire.session.DataDirectory;
import studio.quire.session.SettingsStore;
import studio.quire.app.window.MainWindowView;
import studio.quire.app.window.MainWindowViewModel;
import studio.quire.app.window.ConnectionState;
import static org.assertj.core.api.Assertions.assertThat;
import static studio.quire.testsupport.FxTests.visible;
import static studio.quire.testsupport.FxTests.waitUntil;

/**
 * The whole window at the size it first opens with on a 1280×800 laptop (1228×768), a section open
 * on the writing desk: nothing cut, nothing hidden in an overflow menu, nothing unlabelled, and
 * focus mode leaves the text alone on the screen.
 */
@ExtendWith(ApplicationExtension.class)
public class DeskLayoutTest {
    /** What Quire's first window measures on a 1280×800 screen. */
    public static final double WIDTH = 1228;
    public static final double HEIGHT = 768;

    private static TestDatabase db;
    private static TestDatabase.Org org;
    private static Project project;
    private static DemoBook book;
    private FxTaskExecutor executor;
    private MainWindowViewModel viewModel;

    @BeforeAll
    static void database() {
        db = TestServer.get().newDatabase();
        org = db.createOrg("Layout Org");
        book = DemoManuscript.generate(2_000, 2, 3, "The Lighthouse Keeper of the Northern Isles");
        try (Database writer = db.open(db.as(org.writer()))) {
            project = new DemoBookRepository(writer.dsl()).createBook(org.id(), book, p -> { }).project();
        }
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Start
    void start(Stage stage) throws Exception {
        Path home = Files.createTempDirectory("quire-layout");
        SettingsStore settings = new SettingsStore(home.resolve("settings.properties"));
        executor = new FxTaskExecutor(Platform::runLater, 2);
        SessionOpener opener = new SessionOpener(new DataDirectory(home), settings, Map.of("QUIRE_DB_URL",
                db.owner().jdbcUrl(), "QUIRE_DB_USER", org.writer(), "QUIRE_DB_PASSWORD", TestDatabase.passwordOf(org.writer())));
        viewModel = new MainWindowViewModel(opener, settings, executor);
        MainWindowView window = new MainWindowView(viewModel, new StudioFeatures(executor, opener, viewModel.navigation()::openProject,
                viewModel.notice()::problem));
        FxTests.show(stage, window);
        stage.setWidth(WIDTH);
        stage.setHeight(HEIGHT);
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
        for (Node node : bar.lookupAll(".button, .toggle-button, .label")) {
            if (node instanceof Labeled labeled && visible(labeled)) {
                assertWholeOrNamedIcon(labeled);
            }
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
        robot.interact(() -> viewModel.navigation().openProject(project));
        String title = book.chapters().get(0).sections().get(0).title();
        waitUntil(() -> robot.lookup((TreeCell<ManuscriptNodeViewModel> c) -> c.getItem() != null
                && title.equals(c.getItem().titleProperty().get())).tryQuery().isPresent());
        // Near the row's left end, where its title starts (a row wider than the binder has its middle out of sight).
        robot.moveTo(robot.lookup((TreeCell<ManuscriptNodeViewModel> c) -> c.getItem() != null
                && title.equals(c.getItem().titleProperty().get())).<Node>query(), javafx.geometry.Pos.CENTER_LEFT,
                new javafx.geometry.Point2D(80, 0), Motion.DIRECT).clickOn();
        waitUntil(() -> robot.lookup("#editorArea").queryAs(studio.quire.editor.view.EditorArea.class).getLength() > 50);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean overflowShown(ToolBar bar) {
        Node overflow = bar.lookup(".tool-bar-overflow-button");
        return overflow != null && visible(overflow);
    }

    /** Either its whole text shows, or it shows only an icon and says its name to a tooltip and a screen reader. */
    private static void assertWholeOrNamedIcon(Labeled labeled) {
        if (labeled.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY) {
            assertThat(labeled.getGraphic()).as("icon of %s", labeled.getText()).isNotNull();
            assertThat(labeled.getTooltip()).as("tooltip of %s", labeled.getText()).isNotNull();
            assertThat(labeled.getTooltip().getText()).isNotBlank();
            assertThat(labeled.getAccessibleText()).as("accessible text of %s", labeled.getText()).isNotBlank();
        } else {
            assertWhole(labeled);
        }
    }

    /** The text the label draws is all of its text (no "…" in place of its end). */
    public static void assertWhole(Labeled labeled) {
        String text = labeled.getText() == null ? "" : labeled.getText();
        Text drawn = (Text) labeled.lookupAll(".text").stream().filter(n -> n instanceof Text && n.getParent() == labeled)
                .findFirst().orElse(null);
        String shown = drawn == null ? "" : drawn.getText();
        assertThat(shown).as("drawn text of %s (%s)", text, labeled.getId()).isEqualTo(text);
    }
}
