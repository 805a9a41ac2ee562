package studio.quire.db;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Stops and starts a running {@link EmbeddedServer}'s PostgreSQL behind its back, on the same data
 * directory and port (its {@code quire.conf} keeps the port), as an outage would: for tests of
 * clients that must survive the server going away mid-session.
 */
public final class ServerOutage {
    private final ServerProcess programs;
    private final Path data;
    private final Path log;

    public ServerOutage(EmbeddedServer server, Path binariesCache) throws IOException {
        this.programs = new ServerProcess(PostgresBinaries.ensureUnpacked(binariesCache));
        this.data = EmbeddedServer.dataDirectory(server.home());
        this.log = server.home().resolve("logs").resolve("postgres.log");
    }

    /** Stops the server the way an administrator would: connections are cut, nothing is lost. */
    public void stop() throws IOException {
        programs.run("pg_ctl", List.of("-D", data.toString(), "-m", "fast", "-w", "-t", "60", "stop"), 90);
    }

    public void start() throws IOException {
        programs.run("pg_ctl", List.of("-D", data.toString(), "-l", log.toString(), "-w", "-t", "60", "start"), 90);
    }
}
