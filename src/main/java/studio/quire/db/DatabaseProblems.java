package studio.quire.db;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;

/**
 * Turns JDBC failures into messages a writer can act on: unreachable server, wrong password,
 * missing privileges. The technical cause stays attached for the log.
 */
public final class DatabaseProblems {
    private DatabaseProblems() {
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
