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

/** quire.make_tenant_table (V15) gives a new tenant table what V1..V14 gave theirs by hand. */
class TenantTableHelperTest {
    private static TestDatabase db;
    private static TestDatabase.Org a;
    private static TestDatabase.Org b;

    @BeforeAll
    static void scratchTenantTable() throws Exception {
        db = TestServer.get().newDatabase();
        a = db.createOrg("Tenant A");
        b = db.createOrg("Tenant B");
        try (Connection owner = db.rawConnection(db.owner()); Statement s = owner.createStatement()) {
            s.execute("""
                    create table quire.scratch_note (
                        id     bigint generated always as identity primary key,
                        org_id uuid not null references quire.organization (id),
                        body   text not null)""");
            s.execute("select quire.make_tenant_table('quire.scratch_note')");
            s.execute("insert into quire.scratch_note (org_id, body) values ('" + a.id() + "', 'of A'), ('"
                    + b.id() + "', 'of B')");
        }
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void makeTenantTable_enablesAndForcesRowLevelSecurity() throws Exception {
        try (Connection owner = db.rawConnection(db.owner()); Statement s = owner.createStatement();
             ResultSet r = s.executeQuery("""
                     select relrowsecurity, relforcerowsecurity from pg_class where oid = 'quire.scratch_note'::regclass""")) {
            r.next();
            assertThat(r.getBoolean("relrowsecurity")).isTrue();
            assertThat(r.getBoolean("relforcerowsecurity")).isTrue();
        }
    }

    @Test
    void makeTenantTable_showsAMemberOnlyTheRowsOfTheirOrganization() throws Exception {
        assertThat(bodiesAs(a.editor())).containsExactly("of A");
        assertThat(bodiesAs(b.writer())).containsExactly("of B");
    }

    @Test
    void makeTenantTable_refusesATableWithoutOrgId() throws Exception {
        try (Connection owner = db.rawConnection(db.owner()); Statement s = owner.createStatement()) {
            s.execute("create table quire.scratch_untenanted (id int primary key)");
            try {
                assertThatThrownBy(() -> s.execute("select quire.make_tenant_table('quire.scratch_untenanted')"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("org_id");
            } finally {
                s.execute("drop table quire.scratch_untenanted");
            }
        }
    }

    private static List<String> bodiesAs(String login) throws Exception {
        List<String> bodies = new ArrayList<>();
        try (Connection c = db.rawConnection(db.as(login));
             PreparedStatement ps = c.prepareStatement("select body from quire.scratch_note order by body");
             ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                bodies.add(r.getString(1));
            }
        }
        return bodies;
    }
}
