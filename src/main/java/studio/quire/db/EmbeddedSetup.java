package studio.quire.db;

import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Makes the embedded server ready for people: the owner role and database (as the superuser,
 * the only thing the superuser is ever used for), then the migrations as the owner.
 */
public final class EmbeddedSetup {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedSetup.class);

    private EmbeddedSetup() {
    }

    /** Idempotent; returns the owner's connection target. */
    public static ConnectionTarget prepare(EmbeddedServer server) throws DatabaseUnavailableException {
        try {
            String ownerPassword = server.credentials().passwordOrCreate(LocalCredentials.OWNER);
            ConnectionTarget superuser = server.superuser();
            try (Connection c = DriverManager.getConnection(superuser.jdbcUrl(), superuser.user(), superuser.password());
                 Statement s = c.createStatement()) {
                if (!exists(c, "select 1 from pg_roles where rolname = ?", LocalCredentials.OWNER)) {
                    s.execute("create role " + LocalCredentials.OWNER + " login createrole password '" + ownerPassword + "'");
                }
                if (!exists(c, "select 1 from pg_database where datname = ?", EmbeddedServer.DATABASE)) {
                    s.execute("create database " + EmbeddedServer.DATABASE + " owner " + LocalCredentials.OWNER);
                    s.execute("revoke connect, temporary on database " + EmbeddedServer.DATABASE + " from public");
                    LOG.info("Created the Quire database on the embedded server");
                }
                // People sign in to Quire's database only: the cluster's others are for the superuser
                // (every start, so that data directories made by older versions are closed too).
                s.execute("revoke all on database postgres from public");
                s.execute("revoke all on database template1 from public");
            }
            ConnectionTarget owner = server.target(LocalCredentials.OWNER, ownerPassword);
            int ran = Migrations.migrate(dataSource(owner));
            if (ran > 0) {
                LOG.info("Applied {} migration(s) to the embedded database", ran);
            }
            try (Connection c = DriverManager.getConnection(owner.jdbcUrl(), owner.user(), owner.password());
                 Statement s = c.createStatement()) {
                s.execute("grant connect on database " + EmbeddedServer.DATABASE + " to quire_member");
            }
            return owner;
        } catch (SQLException e) {
            throw DatabaseProblems.explain(server.target(LocalCredentials.OWNER, null), e);
        } catch (org.flywaydb.core.api.FlywayException e) {
            throw new DatabaseUnavailableException("Upgrading the embedded database failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new DatabaseUnavailableException("Cannot read or write the local credentials: " + e.getMessage(), e);
        }
    }

    /** A plain, pool-less data source, for the short owner sessions (migrations, setup). */
    public static PGSimpleDataSource dataSource(ConnectionTarget target) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(target.jdbcUrl());
        ds.setUser(target.user());
        ds.setPassword(target.password());
        ds.setApplicationName("quire");
        return ds;
    }

    private static boolean exists(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
