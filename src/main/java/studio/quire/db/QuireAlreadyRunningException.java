package studio.quire.db;

import java.nio.file.Path;

/** A second Quire tried to open a data directory that a running Quire already holds. */
public final class QuireAlreadyRunningException extends DatabaseUnavailableException {
    public QuireAlreadyRunningException(Path home, String holder) {
        super("Quire is already running with the data directory " + home + holder
                + ". Switch to that window, or close it before starting another.");
    }
}
