package studio.quire.security;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.quire.admin.PeopleRepository;
import studio.quire.admin.Role;
import studio.quire.project.ProjectKind;
import studio.quire.project.ProjectRepository;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rules that span two organizations, checked as psql would see them: a project stays in its
 * organization, and nobody brings a person another organization manages into their own.
 */
class CrossOrganizationTest {
    private static TestDatabase db;
    private static TestDatabase.Org a;
    private static TestDatabase.Org b;

    @BeforeAll
    static void twoOrganizations() {
        db = TestServer.get().newDatabase();
        a = db.createOrg("Cross A");
        b = db.createOrg("Cross B");
        // A's writer also writes for B: the case where moving a project would be tempting.
        new PeopleRepository(db.openOwner().dsl()).addPerson(b.id(), a.writer(), "Writer", Role.WRITER, null);
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void project_cannotMoveToAnotherOrganization_evenForAWriterOfBoth() throws Exception {
        UUID project = new ProjectRepository(db.open(db.as(a.writer())).dsl())
                .create(a.id(), ProjectKind.BOOK, "Stays in A", "", null, null).id();
        try (Connection writer = db.rawConnection(db.as(a.writer()));
             PreparedStatement move = writer.prepareStatement("update quire.project set org_id = ? where id = ?")) {
            move.setObject(1, b.id());
            move.setObject(2, project);
            assertThatThrownBy(move::executeUpdate).isInstanceOfSatisfying(SQLException.class, e -> {
                assertThat(e.getSQLState()).isEqualTo("42501");
                assertThat(e.getMessage()).contains("cannot move to another organization");
            });
        }
    }

    @Test
    void addPerson_ofSomeoneOnlyAnotherOrganizationHas_isRefused_andTheirLoginUntouched() throws Exception {
        try (Connection adminOfB = db.rawConnection(db.as(b.admin()));
             PreparedStatement pull = adminOfB.prepareStatement("select quire.add_person(?, ?, 'Pulled', 'writer', null)")) {
            pull.setObject(1, b.id());
            pull.setString(2, a.editor());
            assertThatThrownBy(pull::executeQuery).isInstanceOfSatisfying(SQLException.class, e -> {
                assertThat(e.getSQLState()).isEqualTo("42501");
                assertThat(e.getMessage()).contains("belongs to someone in another organization");
            });
        }
        try (Connection owner = db.rawConnection(db.owner());
             PreparedStatement memberships = owner.prepareStatement(
                     "select count(*) from quire.membership m join quire.person p on p.id = m.person_id where p.role_name = ?")) {
            memberships.setString(1, a.editor());
            var rs = memberships.executeQuery();
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void addPerson_storesOnlyAScramVerifier_neverThePassword() throws Exception {
        String login = TestDatabase.uniqueLogin("hashed");
        new PeopleRepository(db.open(db.as(a.admin())).dsl()).addPerson(a.id(), login, "Hashed", Role.WRITER, "plain-secret");
        try (Connection su = db.rawConnection(db.superuser());
             PreparedStatement ps = su.prepareStatement("select rolpassword from pg_authid where rolname = ?")) {
            ps.setString(1, login);
            var rs = ps.executeQuery();
            rs.next();
            assertThat(rs.getString(1)).startsWith("SCRAM-SHA-256$").doesNotContain("plain-secret");
        }
        try (Connection person = db.rawConnection(db.owner().as(login, "plain-secret"))) {
            assertThat(person.isValid(2)).isTrue();
        }
    }
}
