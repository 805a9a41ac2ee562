package studio.quire.editor.save;

import studio.quire.db.DatabaseProblems;
import studio.quire.db.RefusedByDatabaseException;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Why a save did not reach the database, which decides what the saver does next: retry later
 * (unreachable, unexpected), retry soon (a transient refusal) or stop and say so (refused).
 */
enum SaveFailure {
    /** The server cannot be reached or is going down: keep the text in the journal and retry with backoff. */
    UNREACHABLE,
    /** A refusal that a second try usually clears (serialization failure, deadlock, a row created meanwhile). */
    TRANSIENT,
    /** A rule said no (no right to write, the section is gone): say so; the text stays in the journal. */
    REFUSED,
    /** Anything else: logged with its stack, retried like an unreachable server. */
    UNEXPECTED;

    /** Server shutdown and crash states, which pgjdbc reports as errors rather than I/O failures. */
    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");
    private static final Set<String> RETRYABLE = Set.of("40001", "40P01");

    static SaveFailure of(Throwable failure) {
        if (failure instanceof RefusedByDatabaseException refused) {
            String state = refused.sqlState();
            if (isConnectionState(state)) {
                return UNREACHABLE;
            }
            return RETRYABLE.contains(state) ? TRANSIENT : REFUSED;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException || t instanceof SocketException
                    || t instanceof SocketTimeoutException || t instanceof EOFException
                    || t instanceof UnknownHostException) {
                return UNREACHABLE;
            }
            if (t instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return UNREACHABLE;
            }
        }
        SQLException sql = DatabaseProblems.sqlCause(failure);
        if (sql != null && RETRYABLE.contains(sql.getSQLState())) {
            return TRANSIENT;
        }
        return UNEXPECTED;
    }

    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || SERVER_GOING_AWAY.contains(state));
    }
}
