package studio.quire.brand.store;

/**
 * The database refused to save a brand kit because someone else saved it after it was opened
 * (SQLSTATE QU001, V16). Nothing of the refused save was kept; the message says so in a
 * consultant's words and what to do: reload, then make the change again.
 */
public final class StaleKitException extends RuntimeException {
    public StaleKitException(String message, Throwable cause) {
        super(message, cause);
    }
}
