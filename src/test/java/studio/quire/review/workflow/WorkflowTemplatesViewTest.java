package studio.quire.review.workflow;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import studio.quire.testsupport.DatabaseViewTest;
import studio.quire.testsupport.FxTests;

import static org.assertj.core.api.Assertions.assertThat;
import static studio.quire.testsupport.FxTests.waitUntil;

/** The Workflows page driven like an admin (and a non-admin) would, against the real database. */
@studio.quire.testsupport.Slow
class WorkflowTemplatesViewTest extends DatabaseViewTest {

    /** Mounts a fresh page for this login and waits until its steps show. */
    private void mount(FxRobot robot, WorkflowFixture f, String login, boolean admin) {
        robot.interact(() -> {
            WorkflowTemplatesViewModel vm = new WorkflowTemplatesViewModel(f.repository(login), f.org(), admin, executor);
            root.setCenter(new WorkflowTemplatesView(vm));
            vm.load();
        });
        waitUntil(() -> !steps(robot).getItems().isEmpty());
    }

    @SuppressWarnings("unchecked")
    private static TableView<StepRow> steps(FxRobot robot) {
        return robot.lookup("#stepTable").queryAs(TableView.class);
    }

    private static Node cell(FxRobot robot, String text) {
        waitUntil(() -> robot.lookup((Node n) -> isCell(n, text)).tryQuery().isPresent());
        return robot.lookup((Node n) -> isCell(n, text)).query();
    }

    private static boolean isCell(Node node, String text) {
        return node instanceof TableCell<?, ?> c && text.equals(c.getText()) && FxTests.visible(c);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** The row's cells as shown, left to right. */
    private static String shownRow(FxRobot robot, int index) {
        TableView<StepRow> table = steps(robot);
        return String.join(" | ", table.getColumns().stream()
                .map(c -> String.valueOf(c.getCellData(index))).toList());
    }

    @Test
    void admin_changesAStepsTimeLimitAndApprovals_addsAStep_saves_andSeesItAfterReloading(FxRobot robot) {
        WorkflowFixture f = WorkflowFixture.create(db, "View edit");
        mount(robot, f, f.people().admin(), true);

        robot.clickOn(cell(robot, "Copy edit"));
        robot.clickOn(robot.lookup("#approvalsSpinner .increment-arrow-button").queryAs(Node.class));
        TextField hours = robot.lookup("#slaSpinner").queryAs(Spinner.class).getEditor();
        robot.doubleClickOn(hours).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("36").type(KeyCode.ENTER);
        waitUntil(() -> text(robot, "#slaTextLabel").equals("1 day 12 hours"));
        robot.clickOn("#addStepButton");
        waitUntil(() -> steps(robot).getItems().size() == 3);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        waitUntil(() -> text(robot, "#messageLabel").equals("Saved “Copy edit → Final approval”."));
        mount(robot, f, f.people().admin(), true);
        waitUntil(() -> steps(robot).getItems().size() == 3);
        assertThat(shownRow(robot, 0)).isEqualTo("1 | Copy edit | Editor | 2 | 36 h (1 day 12 hours) | Any admin");
        assertThat(shownRow(robot, 1)).isEqualTo("2 | Review | Editor | 1 | 48 h (2 days) | No escalation");
        assertThat(shownRow(robot, 2)).isEqualTo("3 | Final approval | Admin | 1 | 72 h (3 days) | No escalation");
        assertThat(f.defaultTemplate().version()).isEqualTo(2);
    }

    @Test
    void admin_undoesTypingWithCtrlZ_andTheSaveButtonFollowsTheEdits(FxRobot robot) {
        WorkflowFixture f = WorkflowFixture.create(db, "View undo");
        mount(robot, f, f.people().admin(), true);
        Button save = robot.lookup("#saveButton").queryAs(Button.class);
        assertThat(save.isDisabled()).isTrue();

        robot.clickOn("#nameField").type(KeyCode.END).write(" (books)");
        waitUntil(() -> !save.isDisabled());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

        waitUntil(() -> robot.lookup("#nameField").queryAs(TextField.class).getText().equals("Copy edit → Final approval"));
        waitUntil(save::isDisabled);
    }

    @Test
    void nonAdmin_seesTheWorkflowReadOnly_withALineSayingWhy(FxRobot robot) {
        WorkflowFixture f = WorkflowFixture.create(db, "View read only");

        mount(robot, f, f.people().editor(), false);

        assertThat(shownRow(robot, 0)).isEqualTo("1 | Copy edit | Editor | 1 | 48 h (2 days) | Any admin");
        Label notice = robot.lookup("#readOnlyLabel").queryAs(Label.class);
        assertThat(FxTests.visible(notice)).isTrue();
        assertThat(notice.getText()).isEqualTo("Only admins change workflows; you can see them here.");
        for (String id : new String[]{"#nameField", "#stepNameField", "#approvalsSpinner", "#slaSpinner", "#saveButton",
                "#addStepButton", "#newButton", "#deleteButton", "#defaultButton"}) {
            assertThat(robot.lookup(id).queryAs(Node.class).isDisabled()).as(id).isTrue();
        }
    }

    private static Node listRow(FxRobot robot, String name) {
        java.util.function.Predicate<Node> isRow = n -> n instanceof javafx.scene.control.ListCell<?> c
                && c.getItem() instanceof WorkflowTemplate t && t.name().equals(name) && FxTests.visible(c);
        waitUntil(() -> robot.lookup(isRow).tryQuery().isPresent());
        return robot.lookup(isRow).query();
    }

    @SuppressWarnings("unchecked")
    private static javafx.scene.control.ListView<WorkflowTemplate> templates(FxRobot robot) {
        return robot.lookup("#templateList").queryAs(javafx.scene.control.ListView.class);
    }

    @Test
    void choosingAnotherWorkflow_withUnsavedEdits_staysOnTheEditedOne_andSaysWhy(FxRobot robot) {
        WorkflowFixture f = WorkflowFixture.create(db, "View unsaved");
        f.admin().create(f.org(), "Legal");
        mount(robot, f, f.people().admin(), true);
        robot.clickOn("#nameField").type(KeyCode.END).write("!");

        robot.clickOn(listRow(robot, "Legal"));

        waitUntil(() -> templates(robot).getSelectionModel().getSelectedIndex() == 0);
        assertThat(text(robot, "#messageLabel")).isEqualTo("Save or revert the changes to “Copy edit → Final approval” first.");
        robot.clickOn("#revertButton");
        robot.clickOn(listRow(robot, "Legal"));
        waitUntil(() -> robot.lookup("#nameField").queryAs(TextField.class).getText().equals("Legal"));
        assertThat(steps(robot).getItems()).hasSize(1);
    }

    @Test
    void delete_asksFirst_thenRemovesTheWorkflowFromTheList(FxRobot robot) {
        WorkflowFixture f = WorkflowFixture.create(db, "View delete");
        f.admin().create(f.org(), "Legal");
        mount(robot, f, f.people().admin(), true);
        robot.clickOn(listRow(robot, "Legal"));
        waitUntil(() -> robot.lookup("#nameField").queryAs(TextField.class).getText().equals("Legal"));

        robot.clickOn("#deleteButton");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.clickOn(robot.lookup((Node n) -> n instanceof Button b && "OK".equals(b.getText())).queryButton());

        waitUntil(() -> templates(robot).getItems().size() == 1);
        assertThat(text(robot, "#messageLabel")).startsWith("Deleted “Legal”.");
        assertThat(f.admin().templates(f.org())).extracting(WorkflowTemplate::name).containsExactly("Copy edit → Final approval");
    }
}
