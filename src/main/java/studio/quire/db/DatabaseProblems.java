package studio.quire.db;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.Set;

/**
 * Turns JDBC failures into messages a writer can act on: unreachable server, wrong password,
 * missing privileges. The technical cause stays attached for the log.
 */
public final class DatabaseProblems {
    /** Server shutdown and crash states, which pgjdbc reports as errors rather than I/O failures. */
    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");

    /** What kind of trouble a failure during work was: callers pick exit codes and retries by it. */
    public enum Kind {
        /** The server cannot be reached, or went away in the middle: trying again later may work. */
        UNREACHABLE,
        /** The server refused the sign-in (user name, password, or not allowed from here). */
        SIGN_IN,
        /** A rule of the database said no; the message is the database's own. */
        REFUSED,
        /** The database stopped a statement that ran longer than Quire allows. */
        TIMED_OUT
    }

    /** A database failure said in words, with its kind. */
    public record Problem(Kind kind, String message) {
    }

    private DatabaseProblems() {
    }

    /**
     * A failure that happened while working (not only while connecting), said in words with no
     * SQL and no class names; empty when it is not the database's doing. The failure itself
     * stays for the log.
     */
    public static Optional<Problem> during(Throwable failure) {
        if (connectionLost(failure)) {
            return Optional.of(new Problem(Kind.UNREACHABLE, "The database stopped answering before the work was done "
                    + "(the server was stopped, or the network is down). Check that it is running, then try again."));
        }
        SQLException sql = sqlCause(failure);
        String state = sql == null ? null : sql.getSQLState();
        if (state == null) {
            return Optional.empty();
        }
        if (state.startsWith("28")) {
            return Optional.of(new Problem(Kind.SIGN_IN,
                    "The database refused the sign-in: check the user name and password."));
        }
        if ("57014".equals(state)) {
            return Optional.of(new Problem(Kind.TIMED_OUT,
                    "The database stopped a step that took too long; try again, or with less work at once."));
        }
        ServerErrorMessage server = sql instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
        if (server != null && server.getMessage() != null) {
            return Optional.of(new Problem(Kind.REFUSED, RefusedByDatabaseException.inWords(state, server.getMessage())));
        }
        return Optional.empty();
    }

    /**
     * True when the server cannot be reached or went away: connection refused, reset or closed,
     * an I/O error, the server shutting down (SQLSTATE 08xxx, 57P01-57P03), the pool giving up.
     */
    public static boolean connectionLost(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException || t instanceof SocketException || t instanceof EOFException
                    || t instanceof UnknownHostException) {
                return true;
            }
            if (t instanceof SQLException sql && isGoneState(sql.getSQLState()) && !isMissingDriver(sql)) {
                return true;
            }
            if (t instanceof RefusedByDatabaseException refused && isGoneState(refused.sqlState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isGoneState(String state) {
        return state != null && (state.startsWith("08") || SERVER_GOING_AWAY.contains(state));
    }

    /** DriverManager's "No suitable driver" (08001): the address is not a PostgreSQL one, not an outage. */
    public static boolean isMissingDriver(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && String.valueOf(sql.getMessage()).startsWith("No suitable driver")) {
                return true;
            }
        }
        return false;
    }

    public static DatabaseUnavailableException explain(ConnectionTarget target, Throwable failure) {
        String state = failure instanceof SQLException sql ? sql.getSQLState() : null;
        String where = target.displayUrl().replaceFirst("^jdbc:postgresql://", "");
        if (state == null && hasCause(failure, UnknownHostException.class)) {
            return new DatabaseUnavailableException("The database server's address could not be found (" + where
                    + "). Check the host name in your connection profile.", failure);
        }
        if ("08001".equals(state) || "08004".equals(state) && failure.getMessage().contains("refused")
                || hasCause(failure, ConnectException.class)) {
            return new DatabaseUnavailableException("The database server is not reachable at " + where
                    + ". Check that it is running and that the host and port are right.", failure);
        }
        if ("28P01".equals(state) || "28000".equals(state) && failure.getMessage().contains("password")) {
            return new DatabaseUnavailableException("Wrong user name or password for " + target.user()
                    + ". Check them and sign in again.", failure);
        }
        if ("28000".equals(state)) {
            return new DatabaseUnavailableException("The server does not let " + target.user()
                    + " sign in (it may be deactivated, or not allowed from this computer). Ask your Quire admin.", failure);
        }
        if ("3D000".equals(state)) {
            return new DatabaseUnavailableException("The database in " + where
                    + " does not exist. Check the database name in your connection profile.", failure);
        }
        if ("42501".equals(state)) {
            return new DatabaseUnavailableException(target.user()
                    + " has no access to Quire's data on this server. Ask your Quire admin to add you as a person.", failure);
        }
        return new DatabaseUnavailableException("The database could not be used: " + firstLine(failure), failure);
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** The SQLException inside a failure from Flyway, jOOQ or Hikari, if there is one. */
    public static SQLException sqlCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    /** The first line of a failure's message, for one-line reports. */
    public static String firstLine(Throwable failure) {
        String message = String.valueOf(failure.getMessage()).strip();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
