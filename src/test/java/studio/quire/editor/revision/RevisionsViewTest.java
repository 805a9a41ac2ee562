package studio.quire.editor.revision;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.quire.text.RevisionKind;
import studio.quire.testsupport.FxTests;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;
import studio.quire.ui.FxTaskExecutor;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static studio.quire.testsupport.FxTests.waitUntil;

/** The revisions inspector driven like a writer would, against the real database. */
@ExtendWith(ApplicationExtension.class)
@studio.quire.testsupport.Slow
class RevisionsViewTest {
    private static TestDatabase db;
    private static RevisionFixture f;
    private static RevisionRepository repository;
    private final List<String> restored = new CopyOnWriteArrayList<>();
    private final RecordingStore store = new RecordingStore();
    private FxTaskExecutor executor;
    private RevisionsViewModel viewModel;
    private UUID section;

    @BeforeAll
    static void database() {
        db = TestServer.get().newDatabase();
        f = new RevisionFixture(db, "Inspector view");
        repository = new RevisionRepository(f.writerDsl);
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Start
    void start(Stage stage) {
        section = f.newSection();
        f.save(section, "The first version of the scene.\n");
        repository.keepNamed(section, "First draft");
        f.save(section, "A rewrite of the scene that did not work.\n");
        repository.keepAutomatic(section);
        executor = new FxTaskExecutor(Platform::runLater, 2);
        viewModel = new RevisionsViewModel(repository, store, executor, restored::add, true, Clock.systemDefaultZone());
        viewModel.showSection(section);
        FxTests.show(stage, new RevisionsView(viewModel, markdown -> {
            Label label = new Label(markdown);
            label.setId("rendered");
            return label;
        }));
    }

    @AfterEach
    void closeReaders(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getScene() != null
                        && s.getScene().lookup("#revision-reader") != null).toList()
                .forEach(Window::hide));
        executor.close();
    }

    private static boolean isRow(Node node, String text) {
        return node instanceof ListCell<?> cell && cell.getItem() instanceof RevisionRow row
                && (row.name().equals(text) || row.kind().equals(text)) && FxTests.visible(cell);
    }

    private Node row(FxRobot robot, String text) {
        waitUntil(() -> robot.lookup((Node n) -> isRow(n, text)).tryQuery().isPresent());
        return robot.lookup((Node n) -> isRow(n, text)).query();
    }

    @Test
    void list_showsEachRevision_withKindNameAndWordChanges(FxRobot robot) {
        row(robot, "First draft");
        row(robot, "Automatic");

        assertThat(robot.lookup(".revision-kind").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Named", "Automatic");
        assertThat(robot.lookup(".revision-changes").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("+6 \u22120");
        assertThat(robot.lookup(".empty-state").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void ctrlShiftS_asksAName_andKeepsANamedRevision(FxRobot robot) {
        robot.clickOn(row(robot, "First draft"));
        // One word for it everywhere: the button, the dialog and the message say "named revision".
        assertThat(robot.lookup(".revisions-toolbar .button").queryAllAs(javafx.scene.control.Button.class))
                .extracting(javafx.scene.control.Button::getText)
                .containsExactly("Open", "Compare", "Restore…", "Keep a named revision…");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S).release(KeyCode.S, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#dialog-text").tryQuery().isPresent());
        assertThat(robot.listTargetWindows()).filteredOn(w -> w instanceof Stage s && w.isShowing())
                .extracting(w -> ((Stage) w).getTitle()).contains("Keep a named revision");
        robot.clickOn("#dialog-text").write("Before the storm").type(KeyCode.ENTER);

        row(robot, "Before the storm");
        assertThat(repository.list(section)).filteredOn(r -> r.kind() == RevisionKind.NAMED)
                .extracting(RevisionEntry::name).contains("Before the storm");
        assertThat(store.flushed).containsExactly(section);
        assertThat(robot.lookup(".page-message").queryAs(Label.class).getText())
                .isEqualTo("Kept the named revision “Before the storm”.");
    }

    @Test
    void restore_afterConfirming_givesTheRevisionsTextToTheEditor(FxRobot robot) {
        robot.clickOn(row(robot, "First draft"));
        robot.clickOn("Restore…");
        waitUntil(() -> robot.lookup("#confirm-restore").tryQuery().isPresent());
        robot.clickOn("#confirm-restore");

        waitUntil(() -> restored.equals(List.of("The first version of the scene.\n")));
        waitUntil(() -> viewModel.list().rows().size() == 4);
        assertThat(viewModel.list().rows().get(0).entry().kind()).isEqualTo(RevisionKind.RESTORED);
        assertThat(viewModel.list().rows().get(0).name()).startsWith("Restored from ");
    }

    @Test
    void doubleClick_opensTheRevisionReadOnly_inItsOwnWindow(FxRobot robot) {
        robot.doubleClickOn(row(robot, "First draft"));

        waitUntil(() -> robot.lookup("#rendered").tryQuery().isPresent());
        assertThat(robot.lookup("#rendered").queryAs(Label.class).getText()).isEqualTo("The first version of the scene.\n");
    }

    @Test
    void emptySection_showsHowRevisionsAreKept(FxRobot robot) {
        UUID empty = f.newSection();
        robot.interact(() -> viewModel.showSection(empty));

        waitUntil(() -> robot.lookup(".empty-state").queryAs(Label.class).isVisible());
        assertThat(robot.lookup(".empty-state").queryAs(Label.class).getText()).isEqualTo(RevisionListViewModel.EMPTY_WRITER);
    }
}
