package studio.quire.brand.variants;

/** A variant's PNG could not be written; the message says which file, why, and what to do. */
public final class ExportFailedException extends RuntimeException {
    public ExportFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
