package studio.quire.session;

import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.quire.admin.Identity;
import studio.quire.admin.Membership;
import studio.quire.admin.PeopleRepository;
import studio.quire.db.ConnectionProfile;
import studio.quire.db.ConnectionTarget;
import studio.quire.db.Database;
import studio.quire.db.DatabaseProblems;
import studio.quire.db.DatabaseUnavailableException;
import studio.quire.db.EmbeddedServer;
import studio.quire.db.EmbeddedSetup;
import studio.quire.db.EnvironmentTarget;
import studio.quire.db.LocalCredentials;
import studio.quire.db.Migrations;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import studio.quire.demo.DemoWorkspace;

/**
 * Decides where Quire's data is (environment, a server profile, or the embedded server), starts
 * the embedded server when needed, and signs a person in as their own PostgreSQL role. Blocking:
 * call it from a background thread. Owns the embedded server until {@link #close()}.
 */
public final class SessionOpener implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SessionOpener.class);
    private static final int POOL_SIZE = 4;

    private final DataDirectory directory;
    private final SettingsStore settings;
    private final Map<String, String> environment;
    private final boolean shareRunningServer;
    private volatile EmbeddedServer server;

    /** For the studio: the embedded server is this process's alone. */
    public SessionOpener(DataDirectory directory, SettingsStore settings, Map<String, String> environment) {
        this(directory, settings, environment, false);
    }

    /**
     * @param shareRunningServer true for command-line tools: use the embedded server of a running
     *                           studio instead of refusing (see {@link EmbeddedServer#attachOrStart})
     */
    public SessionOpener(DataDirectory directory, SettingsStore settings, Map<String, String> environment,
                         boolean shareRunningServer) {
        this.directory = directory;
        this.settings = settings;
        this.environment = environment;
        this.shareRunningServer = shareRunningServer;
    }

    /** The data directory this opener works in. */
    public DataDirectory directory() {
        return directory;
    }

    /** The settings this opener reads. */
    public SettingsStore settings() {
        return settings;
    }

    /** Signs in where the settings and environment say, reporting each step to {@code progress}. */
    public Session open(Consumer<String> progress) throws DatabaseUnavailableException {
        Optional<ConnectionTarget> fromEnvironment = EnvironmentTarget.from(environment);
        if (fromEnvironment.isPresent()) {
            progress.accept("Connecting to " + fromEnvironment.get().displayUrl() + "…");
            return signIn(fromEnvironment.get());
        }
        Optional<ConnectionProfile> profile = settings.get().active();
        if (profile.isPresent()) {
            progress.accept("Connecting to " + profile.get().name() + "…");
            String password = savedPassword(profile.get()).orElseThrow(() -> new PasswordNeededException(profile.get()));
            try {
                return signIn(profile.get().target(password));
            } catch (DatabaseUnavailableException e) {
                SQLException sql = DatabaseProblems.sqlCause(e);
                if (sql != null && "28P01".equals(sql.getSQLState())) {
                    // The remembered password no longer works (changed on the server): ask again.
                    throw new PasswordNeededException(profile.get());
                }
                throw e;
            }
        }
        return openEmbedded(progress, settings.get().embeddedLogin());
    }

    /** True when the next {@link #open} goes to a team server rather than the embedded one. */
    public boolean targetsServer() {
        return EnvironmentTarget.from(environment).isPresent() || settings.get().active().isPresent();
    }

    /** Connects to a server profile with a typed password, remembering it only if asked to. */
    public Session openServer(ConnectionProfile profile, String password) throws DatabaseUnavailableException {
        Session session = signIn(profile.target(password));
        try {
            LocalCredentials passwords = LocalCredentials.load(directory.serverPasswordsFile());
            if (profile.rememberPassword()) {
                passwords.put(profile.name(), password);
            } else {
                passwords.remove(profile.name());
            }
        } catch (IOException e) {
            LOG.warn("Could not remember the password of profile {}", profile.name(), e);
        }
        settings.update(s -> s.withProfile(profile).withActiveProfile(profile.name()));
        return session;
    }

    /** Embedded mode only: signs in as another local person (a demo role, for instance). */
    public Session switchPerson(String login) throws DatabaseUnavailableException {
        if (server == null) {
            throw new DatabaseUnavailableException("Switching person is only possible on the embedded database.");
        }
        String password = server.credentials().password(login)
                .orElseThrow(() -> new DatabaseUnavailableException("No local password is stored for " + login + "."));
        Session session = signIn(server.target(login, password));
        settings.update(s -> s.withEmbeddedLogin(login));
        return session;
    }

    /** The logins of the people one can switch to on the embedded server. */
    public List<String> switchableLogins() {
        return server == null ? List.of() : server.credentials().people();
    }

    /** The people one can switch to on the embedded server, named as {@code current} sees them. */
    public List<SwitchablePerson> switchablePeople(Session current) {
        List<String> logins = switchableLogins();
        if (logins.isEmpty()) {
            return List.of();
        }
        return SwitchablePerson.of(logins, new PeopleRepository(current.database().dsl())
                .named(logins, current.organization().orgId()));
    }

    public Optional<EmbeddedServer> embeddedServer() {
        return Optional.ofNullable(server);
    }

    private Session openEmbedded(Consumer<String> progress, String login) throws DatabaseUnavailableException {
        if (server == null) {
            progress.accept("Starting the database…");
            server = shareRunningServer
                    ? EmbeddedServer.attachOrStart(directory.home(), directory.binariesCache())
                    : EmbeddedServer.start(directory.home(), directory.binariesCache());
        }
        progress.accept("Preparing the database…");
        ConnectionTarget owner = EmbeddedSetup.prepare(server);
        String local = DemoWorkspace.ensure(server, owner, settings.get().localLogin());
        if (!local.equals(settings.get().localLogin())) {
            settings.update(s -> s.withLocalLogin(local));
        }
        String who = login != null && server.credentials().password(login).isPresent() ? login : local;
        progress.accept("Signing in…");
        String password = server.credentials().password(who)
                .orElseThrow(() -> new DatabaseUnavailableException("No local password is stored for " + who + "."));
        return signIn(server.target(who, password));
    }

    private Optional<String> savedPassword(ConnectionProfile profile) {
        if (!profile.rememberPassword()) {
            return Optional.empty();
        }
        try {
            return LocalCredentials.load(directory.serverPasswordsFile()).password(profile.name());
        } catch (IOException e) {
            LOG.warn("Could not read saved server passwords", e);
            return Optional.empty();
        }
    }

    /** Opens the person's pool and checks schema, identity and membership before handing it out. */
    public Session signIn(ConnectionTarget target) throws DatabaseUnavailableException {
        long started = System.nanoTime();
        Database database = Database.open(target, POOL_SIZE);
        try {
            Optional<String> schemaProblem = Migrations.status(database.dataSource()).problem();
            if (schemaProblem.isPresent()) {
                throw new DatabaseUnavailableException(schemaProblem.get());
            }
            Identity identity = new PeopleRepository(database.dsl()).me().orElseThrow(() -> new DatabaseUnavailableException(
                    target.user() + " can sign in to the server but is not an active Quire person. "
                            + "Ask your Quire admin to add you (quire people add)."));
            if (identity.memberships().isEmpty()) {
                throw new DatabaseUnavailableException(identity.displayName()
                        + " belongs to no organization yet. Ask an admin to add you to one.");
            }
            Membership organization = Optional.ofNullable(settings.get().lastOrgId())
                    .flatMap(identity::membership)
                    .orElse(identity.memberships().get(0));
            String version = database.serverVersion();
            LOG.info("Signed in as {} ({}) in {} ms", target.user(), target.mode().label(), (System.nanoTime() - started) / 1_000_000);
            return new Session(database, identity, organization, target.mode(), version);
        } catch (DatabaseUnavailableException e) {
            database.close();
            throw e;
        } catch (RuntimeException e) {
            database.close();
            SQLException sql = DatabaseProblems.sqlCause(e);
            if (sql != null) {
                throw DatabaseProblems.explain(target, sql);
            }
            if (e instanceof FlywayException) {
                throw new DatabaseUnavailableException("Signing in failed: " + e.getMessage(), e);
            }
            throw e;
        }
    }

    /** Stops the embedded server if this opener started it. */
    @Override
    public void close() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** A server profile has no saved password: the UI asks for one. */
    public static final class PasswordNeededException extends RuntimeException {
        private final transient ConnectionProfile profile;

        public PasswordNeededException(ConnectionProfile profile) {
            super("The password for " + profile.user() + " on " + profile.name() + " is needed.");
            this.profile = profile;
        }

        public ConnectionProfile profile() {
            return profile;
        }
    }
}
