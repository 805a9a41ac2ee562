package studio.quire.compare.view;

import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.quire.testsupport.FxTests;
import studio.quire.ui.FxTaskExecutor;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static studio.quire.compare.view.ComparisonFixture.NEWER;
import static studio.quire.compare.view.ComparisonFixture.OLDER;
import static studio.quire.compare.view.ComparisonFixture.text;
import static studio.quire.testsupport.FxTests.waitUntil;

/** The comparison's own window: it loads when shown, and closes on Esc or once the merged text is saved. */
@ExtendWith(ApplicationExtension.class)
class ComparisonWindowTest {
    private final ComparisonFixture.RecordingTarget target = new ComparisonFixture.RecordingTarget();
    private final FxTaskExecutor executor = new FxTaskExecutor(Platform::runLater, 1);
    private Stage owner;
    private Stage window;
    private ComparisonViewModel viewModel;

    @Start
    void start(Stage stage) {
        owner = stage;
        FxTests.show(stage, new StackPane());
    }

    @AfterEach
    void stop(FxRobot robot) {
        if (window != null) {
            robot.interact(() -> window.hide());
        }
        executor.close();
    }

    private void open(FxRobot robot) {
        viewModel = new ComparisonViewModel(ComparisonFixture.mergeable(target, text("Scene", OLDER, NEWER)),
                (c, title, older, newer) -> title, executor);
        robot.interact(() -> window = ComparisonWindow.show(owner, viewModel, List.of()));
        waitUntil(() -> viewModel.comparisonProperty().get() != null);
    }

    @Test
    void show_titlesTheWindow_andComparesTheTexts(FxRobot robot) {
        open(robot);

        assertThat(window.getTitle()).isEqualTo("The Lighthouse: 3 May / now");
        assertThat(window.getOwner()).isSameAs(owner);
        assertThat(viewModel.changes()).hasSize(3);
    }

    @Test
    void escape_closesTheWindow(FxRobot robot) {
        open(robot);

        robot.interact(() -> window.requestFocus());
        robot.type(KeyCode.ESCAPE);

        waitUntil(() -> !window.isShowing());
    }

    @Test
    void escape_withARejectedChange_asksFirst_andCancelKeepsTheChoices(FxRobot robot) {
        open(robot);
        robot.interact(() -> {
            viewModel.nextCommand().execute();
            viewModel.rejectCommand().execute();
            window.requestFocus();
        });

        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#confirm-discard").tryQuery().isPresent());
        robot.clickOn("Cancel");

        waitUntil(() -> robot.lookup("#confirm-discard").tryQuery().isEmpty());
        assertThat(window.isShowing()).isTrue();
        assertThat(viewModel.choicesProperty().get().rejectedCount()).isEqualTo(1);

        robot.interact(() -> window.requestFocus());
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#confirm-discard").tryQuery().isPresent());
        robot.clickOn("#confirm-discard");
        waitUntil(() -> !window.isShowing());
        assertThat(target.saved).isEmpty();
    }

    @Test
    void save_closesTheWindow_afterHandingOverTheMergedText(FxRobot robot) {
        open(robot);

        robot.clickOn("Use the merged text");

        waitUntil(() -> !window.isShowing());
        assertThat(target.saved).hasSize(1);
    }
}
