package studio.quire.cli;

import studio.quire.admin.Membership;
import studio.quire.session.DataDirectory;
import studio.quire.session.Session;
import studio.quire.session.SessionOpener;
import studio.quire.session.SettingsStore;
import studio.quire.db.ConnectionTarget;
import studio.quire.db.DatabaseUnavailableException;
import studio.quire.db.EmbeddedServer;
import studio.quire.db.EnvironmentTarget;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;

/** What every command needs: the environment, the streams, and a way to sign in. */
final class CliContext {
    private final Map<String, String> environment;
    private final PrintStream out;
    private final PrintStream err;
    private final InputStream in;

    CliContext(Map<String, String> environment, PrintStream out, PrintStream err, InputStream in) {
        this.environment = Map.copyOf(environment);
        this.out = out;
        this.err = err;
        this.in = in;
    }

    Map<String, String> environment() {
        return environment;
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    InputStream in() {
        return in;
    }

    DataDirectory directory() {
        return DataDirectory.fromEnvironment(environment);
    }

    /** The server named by QUIRE_DB_URL, or empty for the embedded server; a malformed one fails in words. */
    Optional<ConnectionTarget> serverTarget() {
        EnvironmentTarget.problem(environment).ifPresent(problem -> {
            throw new CliFailure(problem, QuireCli.USAGE);
        });
        return EnvironmentTarget.from(environment);
    }

    /**
     * Signs in like the studio would, except that on the embedded server the command always
     * runs as the local person (the admin), never as a demo role the studio switched to.
     */
    SignedIn signIn() throws DatabaseUnavailableException {
        serverTarget(); // a malformed QUIRE_DB_URL fails here, in words, before anything starts
        DataDirectory directory = directory();
        SettingsStore settings = new SettingsStore(directory.settingsFile());
        SessionOpener opener = new SessionOpener(directory, settings, environment, true);
        try {
            // Only the slow embedded steps are worth a line; stderr otherwise stays for the error.
            Session session = opener.open(step -> {
                if (!step.startsWith("Connecting")) {
                    err.println(step);
                }
            });
            Optional<EmbeddedServer> server = opener.embeddedServer();
            String local = settings.get().localLogin();
            if (server.isPresent() && local != null && !local.equals(session.identity().loginName())) {
                String password = server.get().credentials().password(local).orElseThrow(() ->
                        new DatabaseUnavailableException("No local password is stored for " + local + "."));
                session.close();
                session = opener.signIn(server.get().target(local, password));
            }
            return new SignedIn(opener, session);
        } catch (DatabaseUnavailableException | RuntimeException e) {
            opener.close();
            throw e;
        }
    }

    /** A session and the opener that may own the embedded server; closing stops what was started. */
    record SignedIn(SessionOpener opener, Session session) implements AutoCloseable {
        /** The organization named {@code name}, or the session's when null. */
        Membership organization(String name) {
            if (name == null) {
                return session.organization();
            }
            return session.identity().memberships().stream()
                    .filter(m -> m.orgName().equalsIgnoreCase(name))
                    .findFirst()
                    .orElseThrow(() -> new CliFailure(session.identity().displayName()
                            + " is not a member of an organization named “" + name + "”."));
        }

        @Override
        public void close() {
            session.close();
            opener.close();
        }
    }
}
