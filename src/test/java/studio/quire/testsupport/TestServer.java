package studio.quire.testsupport;

import studio.quire.db.ConnectionTarget;
import studio.quire.db.EmbeddedServer;
import studio.quire.db.EmbeddedSetup;
import studio.quire.db.LocalCredentials;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real embedded PostgreSQL per test JVM, with the migrated {@code quire} database as the
 * template that each test class clones (a clone takes milliseconds; migrating takes seconds).
 */
public final class TestServer {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static TestServer instance;

    private final EmbeddedServer server;
    private final ConnectionTarget owner;

    private TestServer(EmbeddedServer server, ConnectionTarget owner) {
        this.server = server;
        this.owner = owner;
    }

    public static synchronized TestServer get() {
        if (instance == null) {
            try {
                Path home = Files.createDirectories(root().resolve("runs"))
                        .resolve("jvm-" + ProcessHandle.current().pid() + "-" + System.currentTimeMillis());
                EmbeddedServer server = EmbeddedServer.start(home, binariesCache());
                Runtime.getRuntime().addShutdownHook(new Thread(server::close, "test-pg-stop"));
                instance = new TestServer(server, EmbeddedSetup.prepare(server));
            } catch (Exception e) {
                throw new IllegalStateException("The test PostgreSQL could not start", e);
            }
        }
        return instance;
    }

    /** Where test servers live: target/test-pg (set by surefire), or a temp folder. */
    public static Path root() {
        return Path.of(System.getProperty("quire.test.dir", System.getProperty("java.io.tmpdir") + "/quire-test-pg"));
    }

    /** Shared by every test server, so the binaries are unpacked once per build. */
    public static Path binariesCache() {
        return root().resolve("runtime");
    }

    public EmbeddedServer server() {
        return server;
    }

    /** A fresh database cloned from the migrated template, owned by the owner role. */
    public TestDatabase newDatabase() {
        String name = "test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = superuserConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + name + " template " + EmbeddedServer.DATABASE + " owner " + LocalCredentials.OWNER);
            s.execute("revoke connect, temporary on database " + name + " from public");
            s.execute("grant connect on database " + name + " to quire_member");
        } catch (Exception e) {
            throw new IllegalStateException("Cloning the template database failed", e);
        }
        return new TestDatabase(this, name, owner.jdbcUrl().replaceFirst("/" + EmbeddedServer.DATABASE + "$", "/" + name),
                owner.password());
    }

    /**
     * A fresh, empty database (no migration applied), owned by the owner role: for tests that
     * migrate step by step, e.g. to prove a migration applies on top of real data.
     */
    public TestDatabase newUnmigratedDatabase() {
        String name = "bare_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = superuserConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + name + " template template0 owner " + LocalCredentials.OWNER);
            s.execute("revoke connect, temporary on database " + name + " from public");
            s.execute("grant connect on database " + name + " to quire_member");
        } catch (Exception e) {
            throw new IllegalStateException("Creating an empty database failed", e);
        }
        return new TestDatabase(this, name, owner.jdbcUrl().replaceFirst("/" + EmbeddedServer.DATABASE + "$", "/" + name),
                owner.password());
    }

    Connection superuserConnection() throws Exception {
        ConnectionTarget su = server.superuser();
        return DriverManager.getConnection(su.jdbcUrl(), su.user(), su.password());
    }
}
