package studio.quire.project;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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

import static org.assertj.core.api.Assertions.assertThat;
import static studio.quire.testsupport.FxTests.waitUntil;

/** The Projects page driven like a writer would: keyboard, buttons, dialogs. */
@ExtendWith(ApplicationExtension.class)
@studio.quire.testsupport.Slow
class ProjectsViewTest {
    private static TestDatabase db;
    private FxTaskExecutor executor;
    private TableView<Project> table;

    @BeforeAll
    static void database() {
        db = TestServer.get().newDatabase();
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Start
    void start(Stage stage) {
        TestDatabase.Org org = db.createOrg("Projects view " + System.nanoTime());
        executor = new FxTaskExecutor(Platform::runLater, 2);
        ProjectsViewModel viewModel = new ProjectsViewModel(new ProjectRepository(db.open(db.as(org.writer())).dsl()),
                org.id(), true, executor);
        viewModel.load();
        ProjectsView view = new ProjectsView(viewModel);
        FxTests.show(stage, view);
        table = lookupTable(view);
    }

    @SuppressWarnings("unchecked")
    private static TableView<Project> lookupTable(ProjectsView view) {
        return (TableView<Project>) view.lookup(".table-view");
    }

    @AfterEach
    void stopExecutor() {
        executor.close();
    }

    @Test
    void emptyPage_invitesToCreateTheFirstProject(FxRobot robot) {
        waitUntil(() -> ((Label) table.getPlaceholder()).getText().contains("No projects yet"));
        assertThat(robot.lookup("Rename").queryButton().isDisabled()).isTrue();
    }

    @Test
    void ctrlN_typeTitle_enter_createsTheProjectInTheList(FxRobot robot) {
        robot.clickOn(table);
        robot.press(KeyCode.CONTROL).press(KeyCode.N).release(KeyCode.N).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#dialog-text").tryQuery().isPresent());
        robot.clickOn("#dialog-text").write("The Winter Garden").type(KeyCode.ENTER);

        waitUntil(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).title()).isEqualTo("The Winter Garden");
        assertThat(table.getSelectionModel().getSelectedItem().title()).isEqualTo("The Winter Garden");
        // "Last changed" in the app's one date style ("3 Dec 2026, 09:21"), not the locale's "Dec 3, 2026, 9:21 AM".
        waitUntil(() -> robot.lookup("The Winter Garden").tryQuery().isPresent());
        assertThat(robot.lookup(".table-row-cell .table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .map(javafx.scene.control.TableCell::getText).filter(java.util.Objects::nonNull)
                .filter(text -> text.matches("\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2}"))).hasSize(1);
    }

    @Test
    void newProjectDialog_refusesABlankTitle(FxRobot robot) {
        robot.clickOn("New project");
        waitUntil(() -> robot.lookup("#dialog-text").tryQuery().isPresent());
        robot.clickOn("#dialog-text").write("   ");
        Button create = robot.lookup("Create").queryButton();
        assertThat(create.isDisabled()).isTrue();
        waitUntil(() -> robot.lookup("A project needs a title.").tryQuery().isPresent());
        robot.clickOn("Cancel");
        assertThat(table.getItems()).isEmpty();
    }

    @Test
    void archive_thenShowArchived_thenUnarchive(FxRobot robot) {
        robot.clickOn("New project");
        waitUntil(() -> robot.lookup("#dialog-text").tryQuery().isPresent());
        robot.clickOn("#dialog-text").write("Old Blog").type(KeyCode.ENTER);
        waitUntil(() -> table.getItems().size() == 1);

        robot.clickOn("Archive");
        waitUntil(() -> table.getItems().isEmpty());
        waitUntil(() -> ((Label) table.getPlaceholder()).getText().contains("Show archived"));

        robot.clickOn((CheckBox) robot.lookup("Show archived").query());
        waitUntil(() -> table.getItems().size() == 1 && table.getItems().get(0).archived());
        table.getSelectionModel().select(0);
        waitUntil(() -> FxTests.visible(robot.lookup("Unarchive").query()));
        robot.clickOn("Unarchive");
        waitUntil(() -> !table.getItems().get(0).archived());
    }

    @Test
    void filterField_narrowsTheList_andEscapeClearsIt(FxRobot robot) {
        for (String title : new String[] {"Spring Campaign", "Autumn Novel"}) {
            robot.clickOn("New project");
            waitUntil(() -> robot.lookup("#dialog-text").tryQuery().isPresent());
            robot.clickOn("#dialog-text").write(title).type(KeyCode.ENTER);
        }
        waitUntil(() -> table.getItems().size() == 2);

        robot.clickOn(".text-field").write("autumn");
        waitUntil(() -> table.getItems().size() == 1);
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> table.getItems().size() == 2);
    }
}
