package studio.quire.db;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
 * Functions are closed by default (V15): nobody but the owner executes one unless a migration
 * grants it, also the functions migrations add later. The app's own calls go through the generated
 * routines and are covered by the repositories' tests.
 */
class FunctionPrivilegesTest {
    private static TestDatabase db;
    private static TestDatabase.Org org;

    @BeforeAll
    static void database() {
        db = TestServer.get().newDatabase();
        org = db.createOrg("Closed functions");
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void hasFunctionPrivilege_isFalseForPublic_onEveryFunctionOfTheSchema() throws Exception {
        List<String> open = new ArrayList<>();
        try (Connection owner = db.rawConnection(db.owner()); Statement s = owner.createStatement();
             ResultSet r = s.executeQuery("""
                     select p.oid::regprocedure from pg_proc p
                      where p.pronamespace = 'quire'::regnamespace and has_function_privilege('public', p.oid, 'execute')""")) {
            while (r.next()) {
                open.add(r.getString(1));
            }
        }
        assertThat(open).as("functions anyone may execute").isEmpty();
    }

    @Test
    void createFunction_byTheOwner_isNotExecutableByPublicOrMembers_untilGranted() throws Exception {
        try (Connection owner = db.rawConnection(db.owner()); Statement s = owner.createStatement()) {
            s.execute("create function quire.scratch_answer() returns integer language sql as 'select 42'");
            try (ResultSet r = s.executeQuery("""
                    select has_function_privilege('public', 'quire.scratch_answer()', 'execute'),
                           has_function_privilege('quire_member', 'quire.scratch_answer()', 'execute')""")) {
                r.next();
                assertThat(r.getBoolean(1)).as("public").isFalse();
                assertThat(r.getBoolean(2)).as("quire_member").isFalse();
            } finally {
                s.execute("drop function quire.scratch_answer()");
            }
        }
    }

    @Test
    void execute_ofAnOwnerOnlyFunction_isRefusedToAnAdmin() throws Exception {
        try (Connection admin = db.rawConnection(db.as(org.admin()));
             PreparedStatement ps = admin.prepareStatement("select quire.add_default_template(?)")) {
            ps.setObject(1, org.id());
            assertThatThrownBy(ps::executeQuery).isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
        }
        try (Connection writer = db.rawConnection(db.as(org.writer())); Statement s = writer.createStatement()) {
            assertThatThrownBy(() -> s.execute("select quire.make_tenant_table('quire.project')"))
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
        }
    }

    @Test
    void execute_ofWhatPeopleCall_isGrantedToMembers() throws Exception {
        try (Connection writer = db.rawConnection(db.as(org.writer())); Statement s = writer.createStatement();
             ResultSet r = s.executeQuery("select quire.current_person_id() is not null, quire.is_schema_owner()")) {
            r.next();
            assertThat(r.getBoolean(1)).isTrue();
            assertThat(r.getBoolean(2)).isFalse();
        }
    }
}
