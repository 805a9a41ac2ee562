package studio.quire.db;

import org.jooq.exception.DataAccessException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * The database refused a change because a rule said no (a permission, a policy, a constraint):
 * carries the rule's own message, which the migrations write for people, and the SQLSTATE.
 */
public final class RefusedByDatabaseException extends RuntimeException {
    private final String sqlState;

    public RefusedByDatabaseException(String message, String sqlState, Throwable cause) {
        super(message, cause);
        this.sqlState = sqlState;
    }

    public String sqlState() {
        return sqlState;
    }

    /** Runs a database call, turning refusals into this exception. */
    public static <T> T translate(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (DataAccessException e) {
            throw from(e);
        }
    }

    /** Unwraps jOOQ's exception into the server's message, or rethrows what is not a refusal. */
    public static RuntimeException from(DataAccessException e) {
        PSQLException psql = e.getCause(PSQLException.class);
        if (psql == null) {
            return e;
        }
        ServerErrorMessage server = psql.getServerErrorMessage();
        String message = server != null && server.getMessage() != null ? server.getMessage() : psql.getMessage();
        String state = psql.getSQLState();
        if (state != null && state.startsWith("08")) {
            return e;
        }
        return new RefusedByDatabaseException(inWords(state, message), state, e);
    }

    /**
     * The server's message for a refusal, as a person reads it: the rules' own messages are
     * written for people; the bare row-level-security and privilege ones are put in words.
     */
    public static String inWords(String sqlState, String serverMessage) {
        String message = serverMessage;
        if ("42501".equals(sqlState) && message.startsWith("new row violates row-level security")) {
            message = "You do not have the role needed for this change in this organization.";
        } else if ("42501".equals(sqlState) && message.startsWith("permission denied")) {
            message = "You do not have permission for this change.";
        }
        return capitalize(message);
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
