package studio.quire.review.inbox;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import studio.quire.review.InboxScenario;
import studio.quire.testsupport.DatabaseViewTest;
import studio.quire.testsupport.FxTests;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static studio.quire.testsupport.FxTests.waitUntil;

/** The inbox driven like a person would, against the real database. */
@studio.quire.testsupport.Slow
class InboxViewTest extends DatabaseViewTest {
    private static final PseudoClass UNREAD = PseudoClass.getPseudoClass("unread");
    private final List<UUID> opened = new CopyOnWriteArrayList<>();
    private InboxViewModel viewModel;

    /** Mounts the inbox of this login and loads it. */
    private void mount(FxRobot robot, String login) {
        robot.interact(() -> {
            viewModel = new InboxViewModel(new NotificationRepository(db.open(db.as(login)).dsl()), executor,
                    Clock.systemUTC());
            viewModel.setOnOpen(opened::add);
            root.setCenter(new InboxView(viewModel));
            viewModel.refresh();
        });
    }

    private static String waitsFor(InboxScenario s, UUID request) {
        return "“" + s.titleOf(request) + "” waits for Copy edit";
    }

    private static boolean isRow(Node node, String message) {
        return node instanceof ListCell<?> cell && cell.getItem() instanceof InboxRow row
                && row.message().equals(message) && FxTests.visible(cell);
    }

    private static ListCell<?> row(FxRobot robot, String message) {
        waitUntil(() -> robot.lookup((Node n) -> isRow(n, message)).tryQuery().isPresent());
        return robot.lookup((Node n) -> isRow(n, message)).query();
    }

    private static boolean shownUnread(FxRobot robot, String message) {
        return row(robot, message).getPseudoClassStates().contains(UNREAD);
    }

    private static long unreadInDatabase(InboxScenario s, String login) {
        return (Long) s.asOwner("select count(*) from quire.notification where person_id = ?::uuid and read_at is null",
                s.person(login));
    }

    @Test
    void doubleClick_opensTheNotification_andShowsItRead(FxRobot robot) {
        InboxScenario s = InboxScenario.create(db, "Inbox view open");
        UUID first = s.submitScene();
        UUID second = s.submitScene();
        mount(robot, s.editor());
        assertThat(shownUnread(robot, waitsFor(s, first))).isTrue();
        waitUntil(() -> robot.lookup(".inbox-count").queryAs(Label.class).getText().equals("2 unread"));

        robot.doubleClickOn(row(robot, waitsFor(s, first)));

        waitUntil(() -> opened.contains(first));
        waitUntil(() -> !shownUnread(robot, waitsFor(s, first)));
        assertThat(shownUnread(robot, waitsFor(s, second))).isTrue();
        waitUntil(() -> unreadInDatabase(s, s.editor()) == 1);
        waitUntil(() -> robot.lookup(".inbox-count").queryAs(Label.class).getText().equals("1 unread"));
    }

    @Test
    void enter_opensTheSelectedNotification(FxRobot robot) {
        InboxScenario s = InboxScenario.create(db, "Inbox view enter");
        UUID request = s.submitScene();
        mount(robot, s.editor());

        robot.clickOn(row(robot, waitsFor(s, request)));
        robot.type(KeyCode.ENTER);

        waitUntil(() -> opened.contains(request));
        waitUntil(() -> unreadInDatabase(s, s.editor()) == 0);
        ListView<?> list = robot.lookup("#notificationList").queryAs(ListView.class);
        waitUntil(() -> list.getSelectionModel().getSelectedItem() instanceof InboxRow row
                && row.notification().requestId().equals(request) && row.read());
    }

    @Test
    void markAllButton_showsEverythingRead_andDisablesItself(FxRobot robot) {
        InboxScenario s = InboxScenario.create(db, "Inbox view mark all");
        UUID first = s.submitScene();
        UUID second = s.submitScene();
        mount(robot, s.editor());
        row(robot, waitsFor(s, second));
        waitUntil(() -> !robot.lookup("#markAllButton").queryAs(Button.class).isDisabled());

        robot.clickOn("#markAllButton");

        waitUntil(() -> !shownUnread(robot, waitsFor(s, first)) && !shownUnread(robot, waitsFor(s, second)));
        waitUntil(() -> robot.lookup("#markAllButton").queryAs(Button.class).isDisabled());
        assertThat(robot.lookup(".inbox-count").queryAs(Label.class).isVisible()).isFalse();
        assertThat(unreadInDatabase(s, s.editor())).isZero();
        assertThat(opened).as("marking is not opening").isEmpty();
    }

    @Test
    void markAllKey_marksEverythingRead(FxRobot robot) {
        InboxScenario s = InboxScenario.create(db, "Inbox view key");
        UUID request = s.submitScene();
        mount(robot, s.editor());
        robot.clickOn(row(robot, waitsFor(s, request)));

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R).release(KeyCode.R, KeyCode.SHIFT, KeyCode.CONTROL);

        waitUntil(() -> unreadInDatabase(s, s.editor()) == 0);
        waitUntil(() -> !shownUnread(robot, waitsFor(s, request)));
    }

    @Test
    void unreadOnlyToggle_hidesWhatWasRead(FxRobot robot) {
        InboxScenario s = InboxScenario.create(db, "Inbox view filter");
        UUID read = s.submitScene();
        UUID unread = s.submitScene();
        s.updateAsOwner("update quire.notification set read_at = now() where person_id = ?::uuid and request_id = ?::uuid",
                s.person(s.editor()), read);
        mount(robot, s.editor());
        assertThat(shownUnread(robot, waitsFor(s, read))).isFalse();

        robot.clickOn("#unreadOnlyToggle");

        waitUntil(() -> robot.lookup((Node n) -> isRow(n, waitsFor(s, read))).tryQuery().isEmpty());
        assertThat(shownUnread(robot, waitsFor(s, unread))).isTrue();
    }

    @Test
    void emptyInbox_saysWhatWillAppearHere(FxRobot robot) {
        InboxScenario s = InboxScenario.create(db, "Inbox view empty");

        mount(robot, s.writer());

        String expected = "Nothing new. Assignments, decisions on your submissions, mentions and escalations appear here.";
        waitUntil(() -> robot.lookup(".empty-state").tryQueryAs(Label.class)
                .filter(l -> FxTests.visible(l) && l.getText().equals(expected)).isPresent());
        assertThat(robot.lookup("#loadMoreButton").queryAs(Button.class).isVisible()).isFalse();
        assertThat(robot.lookup("#markAllButton").queryAs(Button.class).isDisabled()).isTrue();
    }
}
