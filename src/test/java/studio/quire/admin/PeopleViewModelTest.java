package studio.quire.admin;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;
import studio.quire.ui.SameThreadTaskExecutor;

import java.sql.DriverManager;

import static org.assertj.core.api.Assertions.assertThat;

/** The People page's decisions against the real database: admins manage, others are told no. */
class PeopleViewModelTest {
    private static TestDatabase db;
    private static TestDatabase.Org org;
    private final RecordingPasswords passwords = new RecordingPasswords();

    @BeforeAll
    static void database() {
        db = TestServer.get().newDatabase();
        org = db.createOrg("People VM");
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    private PeopleViewModel viewModelFor(String login) {
        PeopleViewModel vm = new PeopleViewModel(new PeopleRepository(db.open(db.as(login)).dsl()), org.id(),
                null, passwords, new SameThreadTaskExecutor());
        vm.load();
        return vm;
    }

    @Test
    void load_listsEveryMemberWithTheirRole() {
        PeopleViewModel admin = viewModelFor(org.admin());
        assertThat(admin.members()).extracting(Member::loginName)
                .contains(org.admin(), org.writer(), org.editor(), org.consultant());
    }

    @Test
    void addPerson_createsALoginThatCanSignIn() throws Exception {
        PeopleViewModel admin = viewModelFor(org.admin());
        String login = TestDatabase.uniqueLogin("ada");

        admin.addPerson(login, "Ada Lovelace", Role.EDITOR);

        assertThat(admin.messageProperty().get()).startsWith("Added Ada Lovelace as editor.");
        assertThat(admin.members()).anySatisfy(m -> {
            assertThat(m.loginName()).isEqualTo(login);
            assertThat(m.role()).isEqualTo(Role.EDITOR);
        });
        try (var c = DriverManager.getConnection(db.owner().jdbcUrl(), login, passwords.kept.get(login))) {
            assertThat(c.isValid(2)).isTrue();
        }
    }

    @Test
    void addPerson_refusesAnInvalidLogin_beforeAskingTheDatabase() {
        PeopleViewModel admin = viewModelFor(org.admin());
        assertThat(admin.loginProblem("Ada Lovelace")).isPresent();
        assertThat(admin.loginProblem("pg_admin")).isPresent();
        admin.addPerson("Ada Lovelace", "Ada", Role.WRITER);
        assertThat(passwords.kept).isEmpty();
    }

    @Test
    void changeRole_andDeactivate_areRefusedForTheLastAdmin_withTheDatabasesReason() {
        PeopleViewModel admin = viewModelFor(org.admin());
        admin.selectedProperty().set(admin.members().stream()
                .filter(m -> m.loginName().equals(org.admin())).findFirst().orElseThrow());

        admin.changeRole(Role.WRITER);
        assertThat(admin.messageProperty().get()).contains("at least one active admin");

        admin.deactivateCommand().execute();
        assertThat(admin.messageProperty().get()).contains("at least one active admin");
    }

    @Test
    void writer_isRefusedByTheDatabase_whenTryingToAddSomeone() {
        PeopleViewModel writer = viewModelFor(org.writer());
        writer.addPerson(TestDatabase.uniqueLogin("mallory"), "Mallory", Role.ADMIN);
        assertThat(writer.messageProperty().get()).containsIgnoringCase("only an admin");
        assertThat(passwords.kept).as("no password kept for someone the database refused").isEmpty();
    }

    @Test
    void addPerson_ofSomeoneWhoHasALogin_keepsTheirPassword_andSaysSo() {
        TestDatabase.Org other = db.createOrg("People VM elsewhere");
        new PeopleRepository(db.openOwner().dsl()).addPerson(other.id(), org.writer(), "Writer", Role.WRITER,
                TestDatabase.passwordOf(org.writer()));
        PeopleViewModel otherAdmin = new PeopleViewModel(new PeopleRepository(db.open(db.as(other.admin())).dsl()),
                other.id(), null, passwords, new SameThreadTaskExecutor());
        otherAdmin.load();

        otherAdmin.addPerson(org.editor(), "Someone Else's Editor", Role.EDITOR);
        assertThat(otherAdmin.messageProperty().get()).contains("another organization");

        PeopleViewModel admin = viewModelFor(org.admin());
        admin.addPerson(org.writer(), "Writer", Role.EDITOR);
        assertThat(admin.messageProperty().get()).contains("already has a login");
        assertThat(passwords.kept).isEmpty();
    }
}
