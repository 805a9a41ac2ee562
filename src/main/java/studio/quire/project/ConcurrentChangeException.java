package studio.quire.project;

/** Someone else changed the row since it was read; nothing was overwritten. */
public final class ConcurrentChangeException extends RuntimeException {
    public ConcurrentChangeException(String what) {
        super(what + " was changed by someone else in the meantime. It has been reloaded; please try again.");
    }
}
