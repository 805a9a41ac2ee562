package studio.quire.admin;

import javafx.application.Platform;
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

/** The People page driven by an admin: add someone, change a role, deactivate. */
@ExtendWith(ApplicationExtension.class)
@studio.quire.testsupport.Slow
class PeopleViewTest {
    private static TestDatabase db;
    private TestDatabase.Org org;
    private FxTaskExecutor executor;
    private TableView<Member> table;

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
        org = db.createOrg("People view " + System.nanoTime());
        executor = new FxTaskExecutor(Platform::runLater, 2);
        PeopleViewModel viewModel = new PeopleViewModel(new PeopleRepository(db.open(db.as(org.admin())).dsl()), org.id(),
                null, new RecordingPasswords(), executor);
        viewModel.load();
        PeopleView view = new PeopleView(viewModel);
        FxTests.show(stage, view);
        table = (TableView<Member>) view.lookup(".table-view");
    }

    @AfterEach
    void stop() {
        executor.close();
    }

    @Test
    void addPerson_dialog_createsTheMember(FxRobot robot) {
        waitUntil(() -> table.getItems().size() == 4);
        String login = TestDatabase.uniqueLogin("grace");
        robot.clickOn("Add person…");
        waitUntil(() -> robot.lookup("#dialog-text").tryQuery().isPresent());
        robot.clickOn("#dialog-text").write(login);
        robot.clickOn("#dialog-name").write("Grace Hopper").type(KeyCode.ENTER);

        waitUntil(() -> table.getItems().stream().anyMatch(m -> m.loginName().equals(login)));
        assertThat(table.getItems().stream().filter(m -> m.loginName().equals(login)).findFirst().orElseThrow().role())
                .isEqualTo(Role.WRITER);
    }

    @Test
    void addPerson_dialog_keepsAddDisabled_forAnInvalidLogin(FxRobot robot) {
        robot.clickOn("Add person…");
        waitUntil(() -> robot.lookup("#dialog-text").tryQuery().isPresent());
        robot.clickOn("#dialog-text").write("Not Valid");
        robot.clickOn("#dialog-name").write("Someone");
        assertThat(robot.lookup("Add").queryButton().isDisabled()).isTrue();
        robot.clickOn("Cancel");
    }

    @Test
    void deactivate_afterConfirming_marksThePersonDeactivated(FxRobot robot) {
        waitUntil(() -> table.getItems().size() == 4);
        robot.clickOn(org.editor());
        robot.clickOn("Deactivate…");
        waitUntil(() -> robot.lookup("OK").tryQuery().isPresent());
        robot.clickOn("OK");
        waitUntil(() -> table.getItems().stream().anyMatch(m -> m.loginName().equals(org.editor()) && !m.active()));
    }
}
