package studio.quire.app.window;

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
import org.testfx.matcher.control.LabeledMatchers;
import studio.quire.testsupport.FxTests;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;
import studio.quire.ui.FxTaskExecutor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import studio.quire.session.Session;
import studio.quire.session.SessionOpener;
import studio.quire.session.DataDirectory;
import studio.quire.session.SettingsStore;
import studio.quire.app.StudioFeatures;
import studio.quire.app.signin.ConnectionState;
import static org.assertj.core.api.Assertions.assertThat;
import static studio.quire.testsupport.FxTests.visible;
import static studio.quire.testsupport.FxTests.waitUntil;

/** The whole window, signed in as an admin of a real database: navigation and status bar. */
@ExtendWith(ApplicationExtension.class)
@studio.quire.testsupport.Slow
class MainWindowViewTest {
    private static TestDatabase db;
    private static TestDatabase.Org org;
    private FxTaskExecutor executor;
    private SessionOpener opener;
    private MainWindowViewModel viewModel;

    @BeforeAll
    static void database() {
        db = TestServer.get().newDatabase();
        org = db.createOrg("Window Org");
        new studio.quire.project.ProjectRepository(db.open(db.as(org.admin())).dsl())
                .create(org.id(), studio.quire.project.ProjectKind.BOOK, "Window Book", "", null, null);
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Start
    void start(Stage stage) throws Exception {
        Path home = Files.createTempDirectory("quire-window");
        SettingsStore settings = new SettingsStore(home.resolve("settings.properties"));
        executor = new FxTaskExecutor(Platform::runLater, 2);
        opener = new SessionOpener(new DataDirectory(home), settings, Map.of("QUIRE_DB_URL", db.owner().jdbcUrl(),
                "QUIRE_DB_USER", org.admin(), "QUIRE_DB_PASSWORD", TestDatabase.passwordOf(org.admin())));
        viewModel = new MainWindowViewModel(opener, settings, executor);
        FxTests.show(stage, new MainWindowView(viewModel, new StudioFeatures(executor, opener, viewModel.navigation()::openProject, viewModel.notice()::problem)));
        viewModel.session().connect();
    }

    @AfterEach
    void close() {
        Session session = viewModel.session().sessionProperty().get();
        if (session != null) {
            session.close();
        }
        executor.close();
    }

    @Test
    void afterConnecting_statusBarShowsServerPersonAndOrganization(FxRobot robot) {
        waitUntil(() -> viewModel.session().stateProperty().get() == ConnectionState.READY);
        Label person = robot.lookup(".status-item").nth(1).queryAs(Label.class);
        waitUntil(() -> person.getText().contains("Window Org"));
        assertThat(person.getText()).contains("(Admin)");
        assertThat(robot.lookup(".status-item").nth(0).queryAs(Label.class).getText()).contains("PostgreSQL");
        assertThat(robot.lookup("Projects").tryQuery()).isPresent();
    }

    @Test
    void recoveryNotice_afterAReplay_isShownAsGoodNews_notAsAFailure(FxRobot robot) {
        waitUntil(() -> viewModel.session().stateProperty().get() == ConnectionState.READY);
        String recovered = new studio.quire.editor.save.ReplaySummary(3, 0, 0).message();

        robot.interact(() -> viewModel.notice().goodNews(recovered));

        Label notice = robot.lookup(".status-notice").queryAs(Label.class);
        waitUntil(() -> recovered.equals(notice.getText()));
        assertThat(recovered).contains("3 sections").contains("your words are safe");
        assertThat(notice.getStyleClass()).contains(atlantafx.base.theme.Styles.SUCCESS)
                .doesNotContain(atlantafx.base.theme.Styles.DANGER);

        robot.interact(() -> viewModel.notice().problem("The journal could not be opened."));
        assertThat(notice.getStyleClass()).contains(atlantafx.base.theme.Styles.DANGER)
                .doesNotContain(atlantafx.base.theme.Styles.SUCCESS);
    }

    @Test
    void enterOnAProject_opensItsManuscript_inTheSidebarUnderItsTitle(FxRobot robot) {
        waitUntil(() -> viewModel.session().stateProperty().get() == ConnectionState.READY);
        waitUntil(() -> robot.lookup(".projects-page .table-row-cell").match(n -> n instanceof javafx.scene.control.TableRow<?> r
                && r.getItem() != null).tryQuery().isPresent());
        robot.clickOn(robot.lookup(".projects-page .table-row-cell").match(n -> n instanceof javafx.scene.control.TableRow<?> r
                && r.getItem() != null).queryAs(javafx.scene.Node.class));
        robot.type(javafx.scene.input.KeyCode.ENTER);

        waitUntil(() -> visible(robot.lookup(".manuscript-tree").query()));
        assertThat(viewModel.navigation().pageProperty().get()).isEqualTo("manuscript");
        waitUntil(() -> robot.lookup(".sidebar-item").match(LabeledMatchers.hasText("Window Book")).tryQuery().isPresent());
        assertThat(visible(robot.lookup(".projects-page").query())).isFalse();
    }

    @Test
    void sidebar_switchesToTheReviewQueue_andBack(FxRobot robot) {
        waitUntil(() -> viewModel.session().stateProperty().get() == ConnectionState.READY);
        robot.clickOn(robot.lookup(".sidebar-item").match(LabeledMatchers.hasText("Review queue"))
                .queryAs(javafx.scene.Node.class));

        waitUntil(() -> visible(robot.lookup(".review-queue").query()));
        assertThat(viewModel.navigation().pageProperty().get()).isEqualTo("review");
        assertThat(visible(robot.lookup(".projects-page").query())).isFalse();
        waitUntil(() -> robot.lookup("Nothing waits for you. Items submitted for review show here.").tryQuery().isPresent());

        robot.clickOn(robot.lookup(".sidebar-item").match(LabeledMatchers.hasText("Projects"))
                .queryAs(javafx.scene.Node.class));
        waitUntil(() -> visible(robot.lookup(".projects-page").query()));
        assertThat(visible(robot.lookup(".review-queue").query())).isFalse();
    }

    @Test
    void pagesNotYetOpened_holdNoViews_untilTheSidebarShowsThem(FxRobot robot) {
        waitUntil(() -> viewModel.session().stateProperty().get() == ConnectionState.READY);
        waitUntil(() -> visible(robot.lookup(".projects-page").query()));
        assertThat(robot.lookup(".people-page").tryQuery()).as("People, never opened").isEmpty();
        assertThat(robot.lookup(".workflow-templates").tryQuery()).as("Workflows, never opened").isEmpty();
        assertThat(robot.lookup(".review-screen").tryQuery()).as("no review opened yet").isEmpty();

        robot.clickOn(robot.lookup(".sidebar-item").match(LabeledMatchers.hasText("Workflows"))
                .queryAs(javafx.scene.Node.class));

        waitUntil(() -> robot.lookup(".workflow-templates").tryQuery().map(FxTests::visible).orElse(false));
        assertThat(robot.lookup(".people-page").tryQuery()).isEmpty();
    }

    @Test
    void sidebar_andCtrl2_switchToThePeoplePage_whichListsTheMembers(FxRobot robot) {
        waitUntil(() -> viewModel.session().stateProperty().get() == ConnectionState.READY);
        robot.clickOn(robot.lookup(".sidebar-item").match(LabeledMatchers.hasText("People"))
                .queryAs(javafx.scene.Node.class));
        waitUntil(() -> visible(robot.lookup(".people-page").query()));
        waitUntil(() -> robot.lookup(org.writer()).tryQuery().isPresent());

        robot.press(javafx.scene.input.KeyCode.CONTROL).press(javafx.scene.input.KeyCode.DIGIT1)
                .release(javafx.scene.input.KeyCode.DIGIT1).release(javafx.scene.input.KeyCode.CONTROL);
        waitUntil(() -> visible(robot.lookup(".projects-page").query()));
        assertThat(visible(robot.lookup(".people-page").query())).isFalse();
    }
}
