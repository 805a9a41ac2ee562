package studio.quire.app.signin;

/** Where the main window stands with the database. */
public enum ConnectionState {
    /** Starting the embedded server or reaching a team server; the window already works. */
    CONNECTING,
    /** Signed in; the features are shown. */
    READY,
    /** Could not connect; the window says why and offers to retry. */
    FAILED,
    /** A server profile needs its password before connecting. */
    PASSWORD_NEEDED,
    /**
     * Another Quire holds this data directory: the window says so (with that process's PID) and
     * connects by itself once the other has quit.
     */
    ALREADY_RUNNING
}
