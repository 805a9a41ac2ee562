package studio.quire.goals;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
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
import studio.quire.project.Project;
import studio.quire.project.ProjectRepository;
import studio.quire.project.ProjectsView;
import studio.quire.project.ProjectsViewModel;
import studio.quire.testsupport.FxTests;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;
import studio.quire.ui.FxTaskExecutor;

import static org.assertj.core.api.Assertions.assertThat;
import static studio.quire.testsupport.FxTests.visible;
import static studio.quire.testsupport.FxTests.waitUntil;

/** Goals on the Projects page: the progress line, and the Goals dialog driven by keyboard. */
@ExtendWith(ApplicationExtension.class)
@studio.quire.testsupport.Slow
class ProjectsGoalsViewTest {
    private static TestDatabase db;
    private FxTaskExecutor executor;
    private GoalFixture book;
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
    @SuppressWarnings("unchecked")
    void start(Stage stage) {
        book = new GoalFixture(db, "The Winter Garden");
        book.goals.setGoal(book.project, 80_000, book.today().plusDays(38));
        executor = new FxTaskExecutor(Platform::runLater, 2);
        ProjectGoalsViewModel goals = new ProjectGoalsViewModel(book.goals, book.sessionGoal, book.org.id(), true, executor,
                book.clock);
        ProjectsViewModel viewModel = new ProjectsViewModel(new ProjectRepository(book.writer), book.org.id(), true, executor,
                project -> { }, goals);
        viewModel.load();
        ProjectsView view = new ProjectsView(viewModel);
        FxTests.show(stage, view);
        table = (TableView<Project>) view.lookup(".table-view");
    }

    @AfterEach
    void stopExecutor() {
        executor.close();
    }

    private boolean lineShows(FxRobot robot, String text) {
        return robot.lookup(".goal-line").queryAllAs(Label.class).stream()
                .anyMatch(label -> visible(label) && label.getText().startsWith(text));
    }

    @Test
    void page_showsTheProgressOfAProjectWithAGoal(FxRobot robot) {
        waitUntil(() -> lineShows(robot, "2,000 / 80,000 words · 2,000 a day until "));
    }

    @Test
    void goalsDialog_refusesNonsense_thenSavesTheGoal(FxRobot robot) {
        waitUntil(() -> table.getItems().size() == 1);
        robot.clickOn(table.lookup(".table-row-cell"));
        robot.press(KeyCode.CONTROL).press(KeyCode.G).release(KeyCode.G).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#goal-words").tryQuery().isPresent());
        assertThat(robot.lookup("#session-goal").queryTextInputControl().getText()).isEqualTo("500");

        robot.doubleClickOn("#goal-words").eraseText(10).write("0");
        waitUntil(() -> robot.lookup("#goal-problem").queryAs(Label.class).getText().contains("above zero"));
        assertThat(robot.lookup("Save").queryButton().isDisabled()).isTrue();

        robot.interact(() -> robot.lookup("#goal-deadline").queryAs(DatePicker.class).setValue(book.today().minusDays(1)));
        robot.doubleClickOn("#goal-words").eraseText(10).write("50,000");
        waitUntil(() -> robot.lookup("#goal-problem").queryAs(Label.class).getText().contains("cannot be in the past"));

        robot.interact(() -> robot.lookup("#goal-deadline").queryAs(DatePicker.class).setValue(book.today().plusDays(47)));
        waitUntil(() -> robot.lookup("#goal-problem").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#goal-deadline").queryAs(DatePicker.class).getEditor().getText())
                .as("the app's one date style").isEqualTo(studio.quire.ui.DateTexts.date(book.today().plusDays(47)));
        robot.clickOn("Save");

        waitUntil(() -> lineShows(robot, "2,000 / 50,000 words · 1,000 a day until "));
        assertThat(book.goals.goal(book.project)).get().extracting(ProjectGoal::words).isEqualTo(50_000);
    }

    @Test
    void goalsDialog_clearGoal_removesTheLine(FxRobot robot) {
        waitUntil(() -> lineShows(robot, "2,000 / 80,000"));
        robot.clickOn(table.lookup(".table-row-cell"));
        robot.clickOn(robot.lookup("Goals…").queryButton());
        waitUntil(() -> robot.lookup("Clear goal").tryQuery().isPresent());

        robot.clickOn("Clear goal");

        waitUntil(() -> robot.lookup(".goal-line").queryAllAs(Label.class).stream().noneMatch(FxTests::visible));
        assertThat(book.goals.goal(book.project)).isEmpty();
    }

    @Test
    void goalsButton_isDisabled_untilAProjectIsSelected(FxRobot robot) {
        waitUntil(() -> table.getItems().size() == 1);
        Button goals = robot.lookup("Goals…").queryButton();
        assertThat(goals.isDisabled()).isTrue();
        robot.clickOn(table.lookup(".table-row-cell"));
        waitUntil(() -> !goals.isDisabled());
    }
}
