package studio.quire.compare.view;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.quire.compare.ComparisonRequest;
import studio.quire.text.MarkdownFormat;
import studio.quire.testsupport.FxTests;
import studio.quire.ui.FxTaskExecutor;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static studio.quire.compare.view.ComparisonFixture.NEWER;
import static studio.quire.compare.view.ComparisonFixture.OLDER;
import static studio.quire.compare.view.ComparisonFixture.text;
import static studio.quire.testsupport.FxTests.waitUntil;

/** The comparison view mounted with a real view model, driven like a writer would. */
@ExtendWith(ApplicationExtension.class)
@studio.quire.testsupport.Slow
class ComparisonViewTest {
    private final ComparisonFixture.RecordingTarget target = new ComparisonFixture.RecordingTarget();
    private final FxTaskExecutor executor = new FxTaskExecutor(Platform::runLater, 1);
    private Stage stage;
    private ComparisonViewModel viewModel;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop() {
        executor.close();
    }

    private void mount(FxRobot robot, ComparisonRequest request) {
        viewModel = new ComparisonViewModel(request, (c, title, older, newer) -> title, executor);
        robot.interact(() -> {
            FxTests.show(stage, new ComparisonView(viewModel));
            viewModel.load();
        });
        waitUntil(() -> viewModel.comparisonProperty().get() != null && !viewModel.loadingProperty().get());
    }

    private void mountScene(FxRobot robot) {
        mount(robot, ComparisonFixture.mergeable(target, text("Scene", OLDER, NEWER)));
    }

    private static Optional<Text> shownText(FxRobot robot, String words) {
        return robot.lookup((Node n) -> n instanceof Text t && t.getText().equals(words) && FxTests.visible(t))
                .tryQueryAs(Text.class);
    }

    private static Text shown(FxRobot robot, String words) {
        waitUntil(() -> shownText(robot, words).isPresent());
        return shownText(robot, words).orElseThrow();
    }

    @Test
    void inline_marksInsertedAndDeletedWords_withTheirStyleClasses(FxRobot robot) {
        mountScene(robot);

        assertThat(shown(robot, "dog").getStyleClass()).contains("diff-text", "inserted").doesNotContain("deleted");
        assertThat(shown(robot, "cat").getStyleClass()).contains("diff-text", "deleted");
        assertThat(shown(robot, "A second paragraph stays.").getStyleClass()).contains("same");
        assertThat(robot.lookup(".comparison-stats").queryAs(Labeled.class).getText())
                .isEqualTo("5 words added · 6 removed · 1 changed");
    }

    @Test
    void f7_movesTheCurrentChange_andTheListSelection(FxRobot robot) {
        mountScene(robot);
        ListView<?> changes = robot.lookup("#changeList").queryAs(ListView.class);

        robot.clickOn("#lineList").type(KeyCode.F7);
        waitUntil(() -> changes.getSelectionModel().getSelectedIndex() == 0);
        waitUntil(() -> shown(robot, "cat").getStyleClass().contains("current-change"));
        assertThat(shown(robot, "dog").getStyleClass()).contains("current-change");

        robot.type(KeyCode.F7);
        waitUntil(() -> changes.getSelectionModel().getSelectedIndex() == 1);
        assertThat(viewModel.currentChangeProperty().get()).isEqualTo(1);
        waitUntil(() -> !shown(robot, "cat").getStyleClass().contains("current-change"));

        robot.press(KeyCode.SHIFT).type(KeyCode.F7).release(KeyCode.SHIFT);
        waitUntil(() -> changes.getSelectionModel().getSelectedIndex() == 0);
    }

    @Test
    void clickingAChange_makesItCurrent(FxRobot robot) {
        mountScene(robot);

        robot.clickOn(robot.lookup((Node n) -> n instanceof Labeled l && l.getText() != null
                && l.getText().startsWith("Inserted “Completely")).queryAs(Node.class));

        waitUntil(() -> viewModel.currentChangeProperty().get() == 2);
        waitUntil(() -> shown(robot, "Completely fresh words appear here.").getStyleClass().contains("current-change"));
    }

    @Test
    void clickingChangedWords_makesTheirChangeCurrent(FxRobot robot) {
        mountScene(robot);

        robot.clickOn(shown(robot, "This one goes away entirely now."));

        waitUntil(() -> viewModel.currentChangeProperty().get() == 1);
        ListView<?> changes = robot.lookup("#changeList").queryAs(ListView.class);
        waitUntil(() -> changes.getSelectionModel().getSelectedIndex() == 1);
    }

    @Test
    void sideBySide_showsTheOlderTextLeft_andTheNewerRight(FxRobot robot) {
        mountScene(robot);
        assertThat(robot.lookup("#olderHeader").queryAs(Labeled.class).getText()).as("inline: one line names both sides")
                .startsWith("Revision of 3 May  →  ");
        assertThat(FxTests.visible(robot.lookup("#newerHeader").queryAs(Node.class))).isFalse();

        robot.clickOn("Side by side");

        waitUntil(() -> shown(robot, "cat").getParent().getParent().getStyleClass().contains("older-column"));
        Node older = shown(robot, "cat").getParent().getParent();
        Node newer = shown(robot, "dog").getParent().getParent();
        assertThat(newer.getStyleClass()).contains("newer-column");
        assertThat(older.localToScene(0, 0).getX()).isLessThan(newer.localToScene(0, 0).getX());
        assertThat(shown(robot, "This one goes away entirely now.").getParent().getParent().getStyleClass())
                .contains("older-column");
        assertThat(robot.lookup("#olderHeader").queryAs(Labeled.class).getText()).isEqualTo("Revision of 3 May");
        assertThat(FxTests.visible(robot.lookup("#newerHeader").queryAs(Node.class))).isTrue();
    }

    @Test
    void rejectingAChange_showsItRejected_andSaveHandsOverTheOlderWords(FxRobot robot) {
        mountScene(robot);
        robot.clickOn("#lineList").type(KeyCode.F7);
        waitUntil(() -> viewModel.currentChangeProperty().get() == 0);

        robot.clickOn("#rejectButton");

        waitUntil(() -> shown(robot, "dog").getStyleClass().contains("rejected"));
        assertThat(robot.lookup(".comparison-choices").queryAs(Labeled.class).getText()).isEqualTo("1 of 3 changes rejected");
        robot.clickOn("Use the merged text");
        waitUntil(() -> target.saved.size() == 1);
        assertThat(MarkdownFormat.write(target.saved.get(0).get(0)))
                .isEqualTo("The cat sat on the mat.\n\nA second paragraph stays.\n\nCompletely fresh words appear here.\n");
    }

    @Test
    void movedParagraph_isMarkedWhereItLeftAndWhereItArrived(FxRobot robot) {
        mount(robot, ComparisonFixture.readOnly(text("Scene",
                "First para here.\n\nSecond para is long and lovely.\n\nThird para here too.\n",
                "Second para is long and lovely.\n\nFirst para here.\n\nThird para here too.\n")));

        waitUntil(() -> robot.lookup(".line-badge").queryAllAs(Labeled.class).stream()
                .filter(FxTests::visible).map(Labeled::getText).toList().containsAll(List.of("Moved away ↓", "Moved here")));
        assertThat(robot.lookup(".row-moved-away").tryQuery()).isPresent();
        assertThat(robot.lookup(".row-moved-here").tryQuery()).isPresent();
    }

    @Test
    void chapter_showsEachSectionsTitle(FxRobot robot) {
        mount(robot, ComparisonFixture.readOnly(text("Arrival", "The boat came in.\n", "The ferry came in.\n"),
                text("Departure", "She left at dawn.\n", "She left at dusk.\n")));

        shown(robot, "Arrival");
        shown(robot, "Departure");
        assertThat(shown(robot, "ferry").getStyleClass()).contains("inserted");
        assertThat(FxTests.visible(robot.lookup("#mergeBar").queryAs(Node.class))).isFalse();
    }
}
