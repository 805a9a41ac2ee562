package studio.quire.security;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.quire.db.ConnectionTarget;
import studio.quire.db.Database;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a person can reach on the server beyond their own rows: no other database of the embedded
 * cluster, and no way to make the app's own writes skip the wait for the disk.
 */
class ServerReachTest {
    private static TestDatabase db;
    private static TestDatabase.Org org;

    @BeforeAll
    static void organization() {
        db = TestServer.get().newDatabase();
        org = db.createOrg("Reach");
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void connect_isRefused_toTheEmbeddedServersPostgresAndTemplate1Databases_forAPerson() {
        ConnectionTarget writer = db.as(org.writer());
        for (String other : new String[] {"postgres", "template1"}) {
            String url = writer.jdbcUrl().replaceFirst("/" + db.name() + "$", "/" + other);
            assertThat(url).endsWith("/" + other);
            assertThatThrownBy(() -> db.rawConnection(new ConnectionTarget(writer.mode(), url, writer.user(), writer.password()))
                    .close())
                    .as(other).isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
        }
    }

    @Test
    void appConnections_commitSynchronously_evenWhenThePersonTurnedItOffForTheirRole() throws Exception {
        String login = org.writer();
        try (Connection c = db.rawConnection(db.as(login)); Statement s = c.createStatement()) {
            s.execute("alter role " + login + " set synchronous_commit = off");
        }
        try (Connection c = db.rawConnection(db.as(login)); Statement s = c.createStatement()) {
            assertThat(show(s)).as("a plain session of that role now commits without waiting").isEqualTo("off");
        }

        Database app = db.open(db.as(login));

        assertThat(app.dsl().fetchValue("show synchronous_commit")).isEqualTo("on");
        Object inATransaction = app.dsl().transactionResult(cfg -> cfg.dsl().fetchValue("show synchronous_commit"));
        assertThat(inATransaction).isEqualTo("on");
    }

    private static String show(Statement s) throws SQLException {
        try (var rs = s.executeQuery("show synchronous_commit")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
