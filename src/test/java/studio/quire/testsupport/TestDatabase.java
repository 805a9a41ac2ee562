package studio.quire.testsupport;

import studio.quire.admin.PeopleRepository;
import studio.quire.admin.Role;
import studio.quire.db.ConnectionTarget;
import studio.quire.db.Database;
import studio.quire.db.LocalCredentials;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** A database of one's own for a test class, and helpers to sign people in to it. */
public final class TestDatabase implements AutoCloseable {
    private static final AtomicInteger PEOPLE = new AtomicInteger();

    private final TestServer server;
    private final String name;
    private final String jdbcUrl;
    private final String ownerPassword;
    private final List<Database> opened = new ArrayList<>();

    TestDatabase(TestServer server, String name, String jdbcUrl, String ownerPassword) {
        this.server = server;
        this.name = name;
        this.jdbcUrl = jdbcUrl;
        this.ownerPassword = ownerPassword;
    }

    public String name() {
        return name;
    }

    public ConnectionTarget owner() {
        return new ConnectionTarget(ConnectionTarget.Mode.EMBEDDED, jdbcUrl, LocalCredentials.OWNER, ownerPassword);
    }

    /** The cluster's superuser in this database: only for checks no Quire role may make. */
    public ConnectionTarget superuser() {
        try {
            return owner().as(LocalCredentials.SUPERUSER, server.server().superuser().password());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public ConnectionTarget as(String loginName) {
        return owner().as(loginName, passwordOf(loginName));
    }

    public static String passwordOf(String loginName) {
        return "pw-" + loginName;
    }

    private Database orgMaker;

    /** Opens (and remembers, to close) a pool as this login. */
    public Database open(ConnectionTarget target) {
        try {
            Database db = Database.open(target, 3);
            opened.add(db);
            return db;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public Database openOwner() {
        return open(owner());
    }

    /** A unique login name (roles are cluster-wide, shared by every test database). */
    public static String uniqueLogin(String base) {
        return base + "_" + ProcessHandle.current().pid() + "_" + PEOPLE.incrementAndGet();
    }

    /** An organization with one person of each role; their logins are unique to this run. */
    public synchronized Org createOrg(String orgName) {
        // One owner pool for all the organizations of this database: a class that makes one per test
        // would otherwise hold a pool per test until it ends, and the test server has 60 connections.
        if (orgMaker == null) {
            orgMaker = openOwner();
        }
        PeopleRepository people = new PeopleRepository(orgMaker.dsl());
        UUID org = people.createOrganization(orgName);
        String admin = add(people, org, "admin", Role.ADMIN);
        String writer = add(people, org, "writer", Role.WRITER);
        String editor = add(people, org, "editor", Role.EDITOR);
        String consultant = add(people, org, "consultant", Role.CONSULTANT);
        return new Org(org, admin, writer, editor, consultant);
    }

    private static String add(PeopleRepository people, UUID org, String base, Role role) {
        String login = uniqueLogin(base);
        people.addPerson(org, login, base.substring(0, 1).toUpperCase() + base.substring(1) + " " + login, role,
                passwordOf(login));
        return login;
    }

    public Connection rawConnection(ConnectionTarget target) throws Exception {
        return DriverManager.getConnection(target.jdbcUrl(), target.user(), target.password());
    }

    @Override
    public void close() {
        opened.forEach(Database::close);
        try (Connection c = server.superuserConnection(); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
        } catch (Exception e) {
            throw new IllegalStateException("Dropping " + name + " failed", e);
        }
    }

    /** An organization made for a test, with the login of one person in each role. */
    public record Org(UUID id, String admin, String writer, String editor, String consultant) {
    }
}
