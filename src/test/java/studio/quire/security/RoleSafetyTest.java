package studio.quire.security;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.quire.admin.PeopleRepository;
import studio.quire.project.Project;
import studio.quire.project.ProjectKind;
import studio.quire.project.ProjectRepository;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The roles people sign in as can do no more than their policies allow, and the audit log is a
 * record nobody can rewrite: checked with plain SQL, as someone with psql would try it.
 */
class RoleSafetyTest {
    private static TestDatabase db;
    private static TestDatabase.Org a;
    private static TestDatabase.Org b;
    private static Project projectOfA;

    @BeforeAll
    static void twoOrganizationsWithProjects() {
        db = TestServer.get().newDatabase();
        a = db.createOrg("Org A");
        b = db.createOrg("Org B");
        projectOfA = new ProjectRepository(db.open(db.as(a.writer())).dsl())
                .create(a.id(), ProjectKind.BOOK, "Audited book", "", null, null);
        new ProjectRepository(db.open(db.as(b.writer())).dsl()).create(b.id(), ProjectKind.BLOG, "B's blog", "", null, null);
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    private static List<String> peopleRoles() {
        return List.of(a.admin(), a.writer(), a.editor(), a.consultant(), b.admin(), b.writer(), b.editor(), b.consultant());
    }

    @Test
    void memberAndPersonRoles_haveNoPowerBeyondTheirPolicies() throws Exception {
        List<String> roles = new ArrayList<>(peopleRoles());
        roles.add("quire_member");
        try (Connection owner = db.rawConnection(db.owner())) {
            for (String role : roles) {
                try (PreparedStatement ps = owner.prepareStatement("""
                        select rolsuper, rolbypassrls, rolcreatedb, rolcreaterole, rolreplication,
                               pg_has_role(rolname, 'quire_owner', 'MEMBER'), pg_has_role(rolname, 'pg_write_server_files', 'MEMBER')
                        from pg_roles where rolname = ?""")) {
                    ps.setString(1, role);
                    try (ResultSet rs = ps.executeQuery()) {
                        assertThat(rs.next()).as("role %s exists", role).isTrue();
                        for (int column = 1; column <= 7; column++) {
                            assertThat(rs.getBoolean(column)).as("%s: %s", role, rs.getMetaData().getColumnName(column)).isFalse();
                        }
                    }
                }
                try (PreparedStatement ps = owner.prepareStatement("""
                        select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                        where n.nspname = 'quire' and pg_get_userbyid(c.relowner) = ?""")) {
                    ps.setString(1, role);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        assertThat(rs.getInt(1)).as("relations owned by %s", role).isZero();
                    }
                }
            }
        }
    }

    @Test
    void members_cannotCreateObjectsInTheSchema_evenAsAdmin() throws Exception {
        try (Connection admin = db.rawConnection(db.as(a.admin())); Statement s = admin.createStatement()) {
            assertThatThrownBy(() -> s.execute("create table quire.shadow (id int)"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
            assertThatThrownBy(() -> s.execute("create table public.shadow (id int)"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
        }
    }

    @Test
    void auditLog_refusesUpdateAndDelete_forEveryMemberEvenAnAdmin() throws Exception {
        for (String login : List.of(a.admin(), a.writer(), a.editor(), a.consultant())) {
            try (Connection member = db.rawConnection(db.as(login)); Statement s = member.createStatement()) {
                for (String change : List.of("update quire.audit_log set action = 'DELETE'", "delete from quire.audit_log",
                        "truncate quire.audit_log")) {
                    assertThatThrownBy(() -> s.executeUpdate(change)).as("%s: %s", login, change)
                            .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
                }
            }
        }
        assertThat(auditRowsAsOwner()).isPositive();
    }

    @Test
    void auditLog_cannotBeRewritten_byTheOwnerNorTheSuperuser() throws Exception {
        long before = auditRowsAsOwner();
        try (Connection owner = db.rawConnection(db.owner()); Statement s = owner.createStatement()) {
            // The owner has no update or delete policy: its attempts touch no row.
            assertThat(s.executeUpdate("update quire.audit_log set action = 'DELETE'")).isZero();
            assertThat(s.executeUpdate("delete from quire.audit_log")).isZero();
            assertThatThrownBy(() -> s.execute("truncate quire.audit_log"))
                    .isInstanceOfSatisfying(SQLException.class, e -> {
                        assertThat(e.getSQLState()).isEqualTo("42501");
                        assertThat(e.getMessage()).contains("append-only");
                    });
        }
        // Even a role that ignores row-level security meets the append-only trigger.
        try (Connection su = db.rawConnection(db.superuser()); Statement s = su.createStatement()) {
            for (String change : List.of("update quire.audit_log set action = 'DELETE'", "delete from quire.audit_log")) {
                assertThatThrownBy(() -> s.executeUpdate(change)).as(change)
                        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getMessage()).contains("append-only"));
            }
        }
        assertThat(auditRowsAsOwner()).isEqualTo(before);
    }

    @Test
    void projectChanges_writeAuditRowsWithTheActingPerson() throws Exception {
        ProjectRepository asConsultant = new ProjectRepository(db.open(db.as(a.consultant())).dsl());
        Project renamed = asConsultant.rename(asConsultant.find(projectOfA.id()).orElseThrow(), "Audited book, second title");

        try (Connection owner = db.rawConnection(db.owner());
             PreparedStatement ps = owner.prepareStatement("""
                     select l.action, p.role_name, l.db_user, l.org_id, l.new_row ->> 'title'
                     from quire.audit_log l left join quire.person p on p.id = l.person_id
                     where l.table_name = 'project' and l.row_id = ? order by l.id""")) {
            ps.setString(1, renamed.id().toString());
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                        .containsExactly("INSERT", a.writer(), a.writer(), a.id().toString());
                assertThat(rs.next()).isTrue();
                assertThat(List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(5)))
                        .containsExactly("UPDATE", a.consultant(), a.consultant(), "Audited book, second title");
                assertThat(rs.next()).isFalse();
            }
        }
    }

    @Test
    void auditLog_showsAnAdminOnlyTheirOrganizationsRows_andOthersNothing() throws Exception {
        try (Connection admin = db.rawConnection(db.as(a.admin()))) {
            assertThat(count(admin, "select count(*) from quire.audit_log where org_id = '" + a.id() + "'")).isPositive();
            assertThat(count(admin, "select count(*) from quire.audit_log where org_id <> '" + a.id() + "'")).isZero();
        }
        for (String login : List.of(a.writer(), a.editor(), a.consultant(), b.writer())) {
            try (Connection member = db.rawConnection(db.as(login))) {
                assertThat(count(member, "select count(*) from quire.audit_log")).as(login).isZero();
            }
        }
        assertThat(new PeopleRepository(db.open(db.as(b.admin())).dsl()).me().orElseThrow().memberships()).hasSize(1);
    }

    private static long auditRowsAsOwner() throws Exception {
        try (Connection owner = db.rawConnection(db.owner())) {
            return count(owner, "select count(*) from quire.audit_log");
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
