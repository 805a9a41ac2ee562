package studio.quire.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What postmaster.pid says about a server: its PID and port, and whether it still runs. */
record RunningPostmaster(long pid, int port) {

    static Optional<RunningPostmaster> read(Path dataDirectory) {
        try {
            List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
            return Optional.of(new RunningPostmaster(Long.parseLong(lines.get(0).strip()),
                    Integer.parseInt(lines.get(3).strip())));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Alive and a PostgreSQL server, not some other program that inherited a recycled PID. When
     * the command cannot be read (another user namespace, say), a live PID counts as the server:
     * taking a running server for dead would delete its postmaster.pid.
     */
    boolean isAlive() {
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .map(p -> p.info().command().map(command -> command.endsWith("/postgres")).orElse(true))
                .orElse(false);
    }
}
