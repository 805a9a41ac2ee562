package studio.quire.db;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The PostgreSQL server Quire runs for itself in the user's data directory: created on first
 * use, reused across runs, durable (fsync and synchronous_commit on), reachable only through
 * password authentication on the loopback address (no Unix socket, no trust), and held by one
 * Quire at a time. A server left running by a crashed Quire is adopted rather than fought.
 */
public final class EmbeddedServer implements AutoCloseable {
    public static final String DATABASE = "quire";
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedServer.class);

    private final Path home;
    private final Path dataDirectory;
    private final ServerProcess programs;
    private final LocalCredentials credentials;
    private final InstanceLock lock;
    private final int port;
    private boolean stopped;

    private EmbeddedServer(Path home, ServerProcess programs, LocalCredentials credentials, InstanceLock lock, int port) {
        this.home = home;
        this.dataDirectory = dataDirectory(home);
        this.programs = programs;
        this.credentials = credentials;
        this.lock = lock;
        this.port = port;
    }

    public static Path dataDirectory(Path home) {
        return home.resolve("pgdata");
    }

    /**
     * Starts (or adopts) the server of this data directory for this process, which then owns it
     * until {@link #close()}. Refuses when another Quire holds the directory.
     */
    public static EmbeddedServer start(Path home, Path binariesCache) throws DatabaseUnavailableException {
        InstanceLock lock = acquire(home);
        try {
            return startLocked(home, binariesCache, lock);
        } catch (IOException | RuntimeException e) {
            closeQuietly(lock);
            throw new DatabaseUnavailableException("The embedded database could not start: " + e.getMessage()
                    + ". Details are in " + home.resolve("logs"), e);
        }
    }

    /**
     * For command-line tools: uses the server of a running studio when there is one (leaving it
     * running afterwards), or starts the server like {@link #start}.
     */
    public static EmbeddedServer attachOrStart(Path home, Path binariesCache) throws DatabaseUnavailableException {
        try {
            return start(home, binariesCache);
        } catch (QuireAlreadyRunningException running) {
            Optional<RunningPostmaster> postmaster = RunningPostmaster.read(dataDirectory(home));
            if (postmaster.isEmpty() || !postmaster.get().isAlive()) {
                throw running;
            }
            try {
                LocalCredentials credentials = LocalCredentials.load(home.resolve("credentials.properties"));
                return new EmbeddedServer(home, null, credentials, null, postmaster.get().port());
            } catch (IOException e) {
                throw new DatabaseUnavailableException("Cannot read the local credentials: " + e.getMessage(), e);
            }
        }
    }

    private static InstanceLock acquire(Path home) throws DatabaseUnavailableException {
        try {
            PrivateFiles.directory(home);
            Optional<InstanceLock> lock = InstanceLock.tryAcquire(home);
            if (lock.isEmpty()) {
                throw new QuireAlreadyRunningException(home, InstanceLock.holder(home));
            }
            return lock.get();
        } catch (IOException e) {
            throw new DatabaseUnavailableException("Cannot use the data directory " + home + ": " + e.getMessage(), e);
        }
    }

    private static EmbeddedServer startLocked(Path home, Path binariesCache, InstanceLock lock) throws IOException {
        long started = System.nanoTime();
        ServerProcess programs = new ServerProcess(PostgresBinaries.ensureUnpacked(binariesCache));
        LocalCredentials credentials = LocalCredentials.load(home.resolve("credentials.properties"));
        Path data = dataDirectory(home);
        Path logs = PrivateFiles.directory(home.resolve("logs"));
        if (!Files.exists(data.resolve("PG_VERSION"))) {
            initialize(programs, credentials, home);
        }
        Optional<RunningPostmaster> orphan = RunningPostmaster.read(data);
        int port;
        if (orphan.isPresent() && orphan.get().isAlive()) {
            // Left running by a Quire that crashed: we hold the lock, so it is ours to adopt.
            port = orphan.get().port();
            LOG.info("Adopted the embedded PostgreSQL left running (pid {}) on port {}", orphan.get().pid(), port);
        } else {
            if (orphan.isPresent()) {
                // A stale postmaster.pid whose PID now belongs to another program: PostgreSQL would
                // refuse to start, yet no server of ours is running.
                Files.deleteIfExists(data.resolve("postmaster.pid"));
            }
            port = freePort();
            ServerConfiguration.write(data, port);
            programs.run("pg_ctl", List.of("-D", data.toString(), "-l", logs.resolve("postgres.log").toString(),
                    "-w", "-t", "60", "start"), 90);
            LOG.info("Embedded PostgreSQL started on port {} in {} ms", port, (System.nanoTime() - started) / 1_000_000);
        }
        return new EmbeddedServer(home, programs, credentials, lock, port);
    }

    private static void initialize(ServerProcess programs, LocalCredentials credentials, Path home) throws IOException {
        Path data = dataDirectory(home);
        Path staging = home.resolve("pgdata.initializing");
        PostgresBinaries.deleteTree(staging);
        Path passwordFile = home.resolve("initdb.pw");
        PrivateFiles.write(passwordFile, credentials.passwordOrCreate(LocalCredentials.SUPERUSER) + "\n");
        try {
            programs.run("initdb", List.of("-D", staging.toString(), "-U", LocalCredentials.SUPERUSER,
                    "--pwfile=" + passwordFile, "--auth=scram-sha-256", "-E", "UTF8", "--no-locale"), 120);
        } finally {
            Files.deleteIfExists(passwordFile);
        }
        ServerConfiguration.install(staging);
        // Only a complete cluster ever carries the final name, so a crash mid-initdb is retried.
        Files.move(staging, data, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        LOG.info("Created the embedded PostgreSQL cluster in {}", data);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    public int port() {
        return port;
    }

    public Path home() {
        return home;
    }

    /** True when this process started or adopted the server and will stop it on close. */
    public boolean isManagedHere() {
        return lock != null;
    }

    public LocalCredentials credentials() {
        return credentials;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    public ConnectionTarget target(String role, String password) {
        return new ConnectionTarget(ConnectionTarget.Mode.EMBEDDED, jdbcUrl(), role, password);
    }

    public ConnectionTarget superuser() throws IOException {
        return new ConnectionTarget(ConnectionTarget.Mode.EMBEDDED,
                "jdbc:postgresql://127.0.0.1:" + port + "/postgres", LocalCredentials.SUPERUSER,
                credentials.passwordOrCreate(LocalCredentials.SUPERUSER));
    }

    /** Stops the server (when this process manages it) and releases the data directory. */
    @Override
    public synchronized void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        if (lock == null) {
            return;
        }
        try {
            programs.run("pg_ctl", List.of("-D", dataDirectory.toString(), "-m", "fast", "-w", "-t", "60", "stop"), 90);
            LOG.info("Embedded PostgreSQL stopped");
        } catch (IOException e) {
            LOG.warn("Stopping the embedded PostgreSQL failed; the next start adopts it", e);
        } finally {
            closeQuietly(lock);
        }
    }

    private static void closeQuietly(InstanceLock lock) {
        try {
            lock.close();
        } catch (IOException e) {
            LOG.warn("Releasing the instance lock failed", e);
        }
    }
}
