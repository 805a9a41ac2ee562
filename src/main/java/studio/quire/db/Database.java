package studio.quire.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One signed-in person's connection pool and jOOQ context. Small on purpose: a desktop client
 * needs a few connections, and a team server has many clients.
 */
public final class Database implements AutoCloseable {
    public static final Duration STATEMENT_TIMEOUT = Duration.ofSeconds(30);

    private final ConnectionTarget target;
    private final HikariDataSource pool;
    private final DSLContext dsl;
    private final List<ChannelListener> listeners = new CopyOnWriteArrayList<>();

    private Database(ConnectionTarget target, HikariDataSource pool) {
        this.target = target;
        this.pool = pool;
        this.dsl = DSL.using(pool, SQLDialect.POSTGRES, settings());
    }

    /** jOOQ settings for every context: no per-query logging or diagnostics on hot paths. */
    public static Settings settings() {
        return new Settings()
                .withExecuteLogging(false)
                .withRenderFormatted(false)
                .withDiagnosticsLogging(false);
    }

    /** Opens the pool and proves the first connection, translating failures into plain words. */
    public static Database open(ConnectionTarget target, int maxConnections) throws DatabaseUnavailableException {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(target.jdbcUrl());
        config.setUsername(target.user());
        config.setPassword(target.password());
        config.setPoolName("quire-" + target.user());
        config.setMaximumPoolSize(maxConnections);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(10_000);
        config.setInitializationFailTimeout(1);
        config.addDataSourceProperty("ApplicationName", "quire");
        // Set at connection start, which overrides a role's or database's default: a person who
        // turned synchronous_commit off for their role still gets every save on disk before "Saved".
        config.addDataSourceProperty("options", "-c statement_timeout=" + STATEMENT_TIMEOUT.toMillis()
                + " -c synchronous_commit=on");
        config.addDataSourceProperty("connectTimeout", "5");
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        try {
            return new Database(target, new HikariDataSource(config));
        } catch (HikariPool.PoolInitializationException e) {
            throw DatabaseProblems.explain(target, e.getCause() != null ? e.getCause() : e);
        }
    }

    /** The server's version as it reports it, e.g. "18.6". */
    public String serverVersion() {
        return String.valueOf(dsl.fetchValue("show server_version"));
    }

    public DSLContext dsl() {
        return dsl;
    }

    public DataSource dataSource() {
        return pool;
    }

    public ConnectionTarget target() {
        return target;
    }

    /**
     * Listens on a NOTIFY channel over a connection of its own, as this person, outside the pool
     * (a LISTEN must stay on one session; a pooled connection would be held forever). Closed with
     * this database at the latest.
     *
     * @param settle how long a burst of notifications must be quiet before {@code signal} runs
     * @param signal runs on the listener's thread after changes (and after a reconnection)
     */
    public ChannelListener listen(String channel, Duration settle, Runnable signal) {
        ChannelListener listener = new ChannelListener(this::openDedicatedConnection, channel, settle, signal);
        listeners.removeIf(ChannelListener::isClosed);
        listeners.add(listener);
        listener.start();
        return listener;
    }

    /** A connection outside the pool, with the pool's credentials; the caller closes it. */
    public Connection openDedicatedConnection() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", target.user());
        if (target.password() != null) {
            properties.setProperty("password", target.password());
        }
        properties.setProperty("ApplicationName", "quire-listen");
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(target.jdbcUrl(), properties);
    }

    @Override
    public void close() {
        listeners.forEach(ChannelListener::closeAndWait);
        listeners.clear();
        pool.close();
    }
}
