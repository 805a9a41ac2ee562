package studio.quire.db;

/**
 * The database cannot be used, with a message written for the person at the keyboard: what is
 * wrong and what to do about it. Shown as-is in the UI and the CLI.
 */
public class DatabaseUnavailableException extends Exception {
    public DatabaseUnavailableException(String message) {
        super(message);
    }

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
