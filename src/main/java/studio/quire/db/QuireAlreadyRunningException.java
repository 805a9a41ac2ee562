package studio.quire.db;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A second Quire tried to open a data directory that a running Quire already holds. Carries the
 * other process's PID (from the lock file) so the window can say which one and wait for it.
 */
public final class QuireAlreadyRunningException extends DatabaseUnavailableException {
    private final transient Path home;
    private final Long holderPid;

    public QuireAlreadyRunningException(Path home, Optional<Long> holderPid) {
        super("Quire is already running on this data directory (" + home + ")"
                + holderPid.map(pid -> " as process " + pid).orElse("")
                + ". Switch to that window, or quit it before starting another.");
        this.home = home;
        this.holderPid = holderPid.orElse(null);
    }

    /** The data directory the other Quire holds. */
    public Path home() {
        return home;
    }

    /** The process that holds the data directory, when its lock file says. */
    public Optional<Long> holderPid() {
        return Optional.ofNullable(holderPid);
    }

    /**
     * Completes when the holding process has ended (its lock is then gone); empty when the holder
     * is unknown, not visible to this process, or this process itself (a second studio in one JVM),
     * so nobody can tell when it ends.
     */
    public Optional<CompletableFuture<ProcessHandle>> whenHolderQuits() {
        return holderPid().filter(pid -> pid != ProcessHandle.current().pid())
                .flatMap(ProcessHandle::of).map(ProcessHandle::onExit);
    }
}
