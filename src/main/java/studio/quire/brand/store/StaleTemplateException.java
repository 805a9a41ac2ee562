package studio.quire.brand.store;

/**
 * The database refused a new template version because another was saved on top of the one the
 * consultant started from (SQLSTATE QU001, V16); nothing of it was stored.
 */
public final class StaleTemplateException extends RuntimeException {
    public StaleTemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
