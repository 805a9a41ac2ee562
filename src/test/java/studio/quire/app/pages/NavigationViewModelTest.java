package studio.quire.app.pages;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.quire.admin.PeopleRepository;
import studio.quire.admin.Role;
import studio.quire.project.Project;
import studio.quire.project.ProjectKind;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.UUID;

import studio.quire.app.signin.StatusNotice;
import studio.quire.app.window.WindowModels;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which page the window shows, without a toolkit, signed in to a real server. */
class NavigationViewModelTest {
    private static TestDatabase db;
    private static TestDatabase.Org org;
    @TempDir
    Path home;
    private WindowModels window;

    @BeforeAll
    static void database() {
        db = TestServer.get().newDatabase();
        org = db.createOrg("Navigation VM");
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.close();
        }
    }

    private NavigationViewModel signedInAs(String login) {
        window = WindowModels.toServer(home, db.owner().jdbcUrl(), login, TestDatabase.passwordOf(login))
                .withPages().connected();
        return window.viewModel.navigation();
    }

    @Test
    void offer_showsTheFirstPageOffered_andOffersThePagesOnlyOnceConnected() {
        window = WindowModels.toServer(home, db.owner().jdbcUrl(), org.writer(), TestDatabase.passwordOf(org.writer()))
                .withPages();
        NavigationViewModel navigation = window.viewModel.navigation();
        assertThat(navigation.pageProperty().get()).isEqualTo("projects");
        assertThat(navigation.homePage()).isEqualTo("projects");
        assertThat(navigation.showCommand("projects").isExecutable()).as("not connected yet").isFalse();

        window.connected();

        assertThat(navigation.showCommand("projects").isExecutable()).isTrue();
        assertThat(navigation.showCommand("review").isExecutable()).isTrue();
        assertThat(navigation.showCommand("people").isExecutable()).as("people page is for admins").isFalse();
        assertThat(navigation.showCommand("manuscript").isExecutable()).as("nothing open yet").isFalse();
    }

    @Test
    void offer_refusesAPageOfferedTwice_andASecondPageOfTheOpenProject() {
        NavigationViewModel navigation = signedInAs(org.writer());
        assertThatThrownBy(() -> navigation.offer("review", PageAvailability.EVERYONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> navigation.offer("outline", PageAvailability.OPEN_PROJECT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void show_asAdmin_showsThePeoplePage() {
        NavigationViewModel navigation = signedInAs(org.admin());
        navigation.show("people");
        assertThat(navigation.pageProperty().get()).isEqualTo("people");
    }

    @Test
    void show_leavesTheNoticeBehind_whenTheWriterMovesToAnotherPage() {
        NavigationViewModel navigation = signedInAs(org.admin());
        StatusNotice notice = window.viewModel.notice();
        notice.goodNews("Recovered unsaved text from the last session: 1 section saved.");
        assertThat(notice.textProperty().get()).isEqualTo("Recovered unsaved text from the last session: 1 section saved.");
        assertThat(notice.goodNewsProperty().get()).isTrue();
        notice.problem("Something went wrong.");
        assertThat(notice.goodNewsProperty().get()).isFalse();

        navigation.show("people");

        assertThat(notice.textProperty().get()).isEmpty();
    }

    @Test
    void openProject_showsTheProjectsPage_untilSomeoneElseSignsIn() {
        NavigationViewModel navigation = signedInAs(org.writer());
        Project book = new Project(UUID.randomUUID(), org.id(), ProjectKind.BOOK, "Open Me", "", null, null, null,
                OffsetDateTime.now(), 1);

        navigation.openProject(book);
        assertThat(navigation.pageProperty().get()).isEqualTo("manuscript");
        assertThat(navigation.projectPageShownProperty().get()).isTrue();
        assertThat(navigation.showCommand("manuscript").isExecutable()).isTrue();

        window.session().connect();
        assertThat(navigation.openProjectProperty().get()).isNull();
        assertThat(navigation.pageProperty().get()).isEqualTo("projects");
        assertThat(navigation.projectPageShownProperty().get()).isFalse();
    }

    @Test
    void switchOrganization_toOneWhereTheAdminIsAWriter_leavesThePeoplePageForTheHomePage() {
        TestDatabase.Org second = db.createOrg("Writers' Press");
        new PeopleRepository(db.openOwner().dsl()).addPerson(second.id(), org.admin(), "Admin", Role.WRITER,
                TestDatabase.passwordOf(org.admin()));
        NavigationViewModel navigation = signedInAs(org.admin());
        navigation.show("people");
        assertThat(navigation.pageProperty().get()).isEqualTo("people");

        window.session().switchOrganization(window.session().organizations().stream()
                .filter(m -> m.orgName().equals("Writers' Press")).findFirst().orElseThrow());

        assertThat(navigation.pageProperty().get()).isEqualTo("projects");
        assertThat(navigation.showCommand("people").isExecutable()).isFalse();
    }
}
