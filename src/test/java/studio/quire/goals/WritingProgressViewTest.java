package studio.quire.goals;

import javafx.application.Platform;
import javafx.scene.control.Label;
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
import static studio.quire.testsupport.FxTests.visible;
import static studio.quire.testsupport.FxTests.waitUntil;

/** The status bar item as a writer sees it. */
@ExtendWith(ApplicationExtension.class)
class WritingProgressViewTest {
    private static TestDatabase db;
    private FxTaskExecutor executor;
    private GoalFixture book;
    private WritingProgressViewModel viewModel;
    private WritingProgressView view;

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
        book = new GoalFixture(db, "Status bar book");
        executor = new FxTaskExecutor(Platform::runLater, 2);
        viewModel = new WritingProgressViewModel(book.goals, book.sessionGoal, executor, book.clock);
        view = new WritingProgressView(viewModel);
        FxTests.show(stage, new javafx.scene.layout.HBox(new Label("Saved"), view));
    }

    @AfterEach
    void stopExecutor() {
        executor.close();
    }

    private Label label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class);
    }

    @Test
    void withAGoal_showsTodayAgainstTheShare_andTheSessionWhileWriting(FxRobot robot) {
        book.goals.setGoal(book.project, 10_000, book.today().plusDays(9));
        book.goals.record(book.session(350, 50));

        robot.interact(() -> viewModel.showProject(book.project));
        waitUntil(() -> visible(label(robot, "#goal-progress-text")));
        assertThat(label(robot, "#goal-progress-text").getText()).isEqualTo("Today 300 / 830");
        assertThat(visible(label(robot, "#session-progress-text"))).isFalse();

        robot.interact(() -> viewModel.sessionWords(120));

        waitUntil(() -> visible(label(robot, "#session-progress-text")));
        assertThat(label(robot, "#session-progress-text").getText()).isEqualTo("Session 120 / 500");
        assertThat(label(robot, "#goal-progress-text").getText()).isEqualTo("Today 420 / 830");
    }

    @Test
    void withoutAGoal_showsNothing_untilASectionIsBeingWritten(FxRobot robot) {
        robot.interact(() -> viewModel.showProject(book.project));
        waitUntil(() -> !view.isVisible());
        assertThat(visible(label(robot, "#goal-progress-text"))).isFalse();

        robot.interact(() -> viewModel.sessionWords(45));

        waitUntil(() -> visible(label(robot, "#session-progress-text")));
        assertThat(label(robot, "#session-progress-text").getText()).isEqualTo("Session 45 / 500");
        assertThat(visible(label(robot, "#goal-progress-text"))).isFalse();
    }
}
