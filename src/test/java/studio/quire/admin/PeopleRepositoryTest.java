package studio.quire.admin;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.quire.db.Database;
import studio.quire.db.DatabaseUnavailableException;
import studio.quire.db.RefusedByDatabaseException;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** People management through the database's functions: only admins manage, rules hold for psql too. */
class PeopleRepositoryTest {
    private static final String ONLY_ADMINS = "Only an admin of this organization can manage its people";
    private static TestDatabase db;

    @BeforeAll
    static void database() {
        db = TestServer.get().newDatabase();
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    private static PeopleRepository as(String login) {
        return new PeopleRepository(db.open(db.as(login)).dsl());
    }

    private static UUID personId(String login) {
        return as(login).me().orElseThrow().personId();
    }

    @Test
    void addPerson_letsTheNewPersonSignInWithTheirPassword_whenAnAdminAddsThem() {
        TestDatabase.Org org = db.createOrg("Adding people");
        String login = TestDatabase.uniqueLogin("newcomer");

        UUID id = as(org.admin()).addPerson(org.id(), login, "  Nina Newcomer ", Role.EDITOR, "secret-of-nina");

        Identity nina = new PeopleRepository(db.open(db.owner().as(login, "secret-of-nina")).dsl()).me().orElseThrow();
        assertThat(nina.personId()).isEqualTo(id);
        assertThat(nina.loginName()).isEqualTo(login);
        assertThat(nina.displayName()).isEqualTo("Nina Newcomer");
        assertThat(nina.memberships()).extracting(Membership::orgId, Membership::orgName, Membership::role)
                .containsExactly(tuple(org.id(), "Adding people", Role.EDITOR));
        assertThat(as(org.admin()).members(org.id())).extracting(Member::loginName).contains(login);
    }

    @Test
    void peopleFunctions_refuseAWriter_withTheFunctionsMessage() {
        TestDatabase.Org org = db.createOrg("Writers do not manage");
        PeopleRepository writer = as(org.writer());
        UUID editor = personId(org.editor());

        assertRefusedAsNotAdmin(() -> writer.addPerson(org.id(), TestDatabase.uniqueLogin("sneaky"), "Sneaky", Role.ADMIN, "pw"));
        assertRefusedAsNotAdmin(() -> writer.setRole(org.id(), editor, Role.ADMIN));
        assertRefusedAsNotAdmin(() -> writer.deactivate(org.id(), editor));
        assertRefusedAsNotAdmin(() -> writer.setRole(org.id(), personId(org.writer()), Role.ADMIN));
        assertThat(as(org.admin()).members(org.id())).extracting(Member::loginName, Member::role, Member::active)
                .contains(tuple(org.editor(), Role.EDITOR, true), tuple(org.writer(), Role.WRITER, true));
    }

    @Test
    void addPerson_isRefusedForAWriter_evenThroughRawSql() throws Exception {
        TestDatabase.Org org = db.createOrg("Raw SQL");
        String login = TestDatabase.uniqueLogin("viapsql");
        try (Connection writer = db.rawConnection(db.as(org.writer()));
             PreparedStatement ps = writer.prepareStatement("select quire.add_person(?, ?, ?, ?, ?)")) {
            ps.setObject(1, org.id());
            ps.setString(2, login);
            ps.setString(3, "Via psql");
            ps.setString(4, "admin");
            ps.setString(5, "pw");
            assertThatThrownBy(ps::executeQuery).isInstanceOfSatisfying(SQLException.class, e -> {
                assertThat(e.getSQLState()).isEqualTo("42501");
                assertThat(e.getMessage()).contains("only an admin of this organization can manage its people");
            });
        }
        try (Connection owner = db.rawConnection(db.owner());
             PreparedStatement ps = owner.prepareStatement("select count(*) from pg_roles where rolname = ?")) {
            ps.setString(1, login);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).as("no role was created").isZero();
            }
        }
    }

    @Test
    void addPerson_isRefused_whenTheAdminBelongsToAnotherOrganization() {
        TestDatabase.Org mine = db.createOrg("Mine");
        TestDatabase.Org theirs = db.createOrg("Theirs");
        assertRefusedAsNotAdmin(() -> as(mine.admin()).addPerson(theirs.id(), TestDatabase.uniqueLogin("intruder"),
                "Intruder", Role.ADMIN, "pw"));
    }

    @Test
    void setRole_changesTheMembersRole_whenAnAdminAsks() {
        TestDatabase.Org org = db.createOrg("Promotions");
        PeopleRepository admin = as(org.admin());

        admin.setRole(org.id(), personId(org.writer()), Role.EDITOR);

        assertThat(admin.members(org.id())).extracting(Member::loginName, Member::role)
                .contains(tuple(org.writer(), Role.EDITOR));
        assertThat(as(org.writer()).me().orElseThrow().membership(org.id()).orElseThrow().role()).isEqualTo(Role.EDITOR);
    }

    @Test
    void setRoleAndDeactivate_refuseToLoseTheLastAdmin() {
        TestDatabase.Org org = db.createOrg("One admin");
        PeopleRepository admin = as(org.admin());
        UUID self = personId(org.admin());

        for (Runnable losing : List.<Runnable>of(() -> admin.setRole(org.id(), self, Role.WRITER),
                () -> admin.deactivate(org.id(), self))) {
            assertThatThrownBy(losing::run).isInstanceOfSatisfying(RefusedByDatabaseException.class, e -> {
                assertThat(e).hasMessage("An organization needs at least one active admin");
                assertThat(e.sqlState()).isEqualTo("23514");
            });
        }

        admin.setRole(org.id(), personId(org.editor()), Role.ADMIN);
        admin.setRole(org.id(), self, Role.WRITER);
        assertThat(as(org.editor()).members(org.id())).extracting(Member::loginName, Member::role)
                .contains(tuple(org.admin(), Role.WRITER), tuple(org.editor(), Role.ADMIN));
    }

    @Test
    void deactivate_stopsThePersonFromSigningIn_andMarksThemInactive() throws Exception {
        TestDatabase.Org org = db.createOrg("Leaving");
        UUID consultant = personId(org.consultant());

        as(org.admin()).deactivate(org.id(), consultant);

        assertThatThrownBy(() -> DriverManager.getConnection(db.as(org.consultant()).jdbcUrl(), org.consultant(),
                TestDatabase.passwordOf(org.consultant())))
                .isInstanceOfSatisfying(SQLException.class, e -> {
                    assertThat(e.getSQLState()).isEqualTo("28000");
                    assertThat(e.getMessage()).contains("not permitted to log in");
                });
        assertThatThrownBy(() -> Database.open(db.as(org.consultant()), 1))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("does not let " + org.consultant() + " sign in");
        assertThat(as(org.admin()).members(org.id())).extracting(Member::loginName, Member::active)
                .contains(tuple(org.consultant(), false));
        try (Connection owner = db.rawConnection(db.owner());
             PreparedStatement ps = owner.prepareStatement("""
                     select p.active, r.rolcanlogin from quire.person p join pg_roles r on r.rolname = p.role_name
                     where p.id = ?""")) {
            ps.setObject(1, consultant);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getBoolean(1)).as("person active").isFalse();
                assertThat(rs.getBoolean(2)).as("role can log in").isFalse();
            }
        }
    }

    @Test
    void addPerson_rejectsBadLoginNames_withAReadableMessage() {
        TestDatabase.Org org = db.createOrg("Names");
        PeopleRepository admin = as(org.admin());
        for (String bad : new String[] {"Bad Name", "1abc", "a", "pg_sneaky", "robert'); drop table x; --", "ümlaut", "",
                "x".repeat(64)}) {
            assertThatThrownBy(() -> admin.addPerson(org.id(), bad, "Bad", Role.WRITER, "pw")).as(bad)
                    .isInstanceOfSatisfying(RefusedByDatabaseException.class, e -> {
                        assertThat(e).hasMessage("A login name is 2 to 63 lowercase letters, digits or underscores, "
                                + "starting with a letter");
                        assertThat(e.sqlState()).isEqualTo("22023");
                    });
        }
    }

    @Test
    void addPerson_refusesAnExistingRoleThatIsNotAQuirePerson() {
        TestDatabase.Org org = db.createOrg("Existing roles");
        for (String existing : List.of("postgres", "quire_owner", "quire_member")) {
            assertThatThrownBy(() -> as(org.admin()).addPerson(org.id(), existing, "Taken", Role.ADMIN, "pw")).as(existing)
                    .isInstanceOfSatisfying(RefusedByDatabaseException.class, e -> {
                        assertThat(e).hasMessage("The database role " + existing + " already exists and is not a Quire person");
                        assertThat(e.sqlState()).isEqualTo("42710");
                    });
        }
    }

    private static void assertRefusedAsNotAdmin(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(RefusedByDatabaseException.class, e -> {
            assertThat(e).hasMessage(ONLY_ADMINS);
            assertThat(e.sqlState()).isEqualTo("42501");
        });
    }
}
