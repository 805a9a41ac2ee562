package studio.quire.bench;

import studio.quire.session.DataDirectory;
import studio.quire.session.Session;
import studio.quire.session.SessionOpener;
import studio.quire.session.SettingsStore;
import studio.quire.db.DatabaseUnavailableException;
import studio.quire.db.EmbeddedServer;
import studio.quire.project.ProjectKind;
import studio.quire.project.ProjectRepository;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The {@code core} suite: studio startup, embedded server warm start, and the app's jOOQ paths
 * against plain JDBC baselines. Works in a scratch data home of its own, never the user's.
 */
public final class CoreSuite {
    public static final String NAME = "core";

    private final BenchSettings settings;
    private final Consumer<String> progress;

    public CoreSuite(BenchSettings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
    }

    public List<BenchResult> run() throws IOException, InterruptedException, DatabaseUnavailableException, SQLException {
        Path home = scratchHome(settings, "home");
        List<BenchResult> results = new ArrayList<>();
        results.addAll(startup(home));
        results.add(embeddedWarmStart(home));
        results.addAll(projectAccess(home));
        return results;
    }

    /** A data home whose PostgreSQL programs are the shared cache, so nothing is unpacked twice. */
    static Path scratchHome(BenchSettings settings, String name) throws IOException {
        Path home = Files.createDirectories(settings.scratch().resolve(name).toAbsolutePath());
        Path runtime = new DataDirectory(home).binariesCache();
        if (!Files.exists(runtime, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(settings.binariesCache());
            Files.createSymbolicLink(runtime, settings.binariesCache().toAbsolutePath());
        }
        return home;
    }

    private List<BenchResult> startup(Path home) throws IOException, InterruptedException {
        StartupProbe probe = new StartupProbe(settings.studioMain(), home, settings.probeTimeout());
        progress.accept("startup: warming the scratch home (one untimed start)");
        StartupProbe.Times warm = probe.run();
        if (StartupProbe.describe(warm).isPresent()) {
            progress.accept("startup: skipped, " + StartupProbe.describe(warm).get());
            return List.of();
        }
        double[] firstFrame = new double[settings.startupRuns()];
        List<Double> connected = new ArrayList<>();
        for (int i = 0; i < settings.startupRuns(); i++) {
            StartupProbe.Times times = probe.run();
            if (StartupProbe.describe(times).isPresent()) {
                progress.accept("startup: run " + (i + 1) + " failed, " + StartupProbe.describe(times).get());
                return List.of();
            }
            firstFrame[i] = times.firstFrameMs().getAsDouble();
            times.connectedMs().ifPresent(connected::add);
            progress.accept(String.format("startup: run %d first frame %.0f ms", i + 1, firstFrame[i]));
        }
        List<BenchResult> results = new ArrayList<>();
        results.add(BenchResult.of(NAME, "startup_first_window_ms", "ms", firstFrame));
        if (connected.size() == firstFrame.length) {
            results.add(BenchResult.of(NAME, "startup_connected_ms", "ms",
                    connected.stream().mapToDouble(Double::doubleValue).toArray()));
        } else {
            progress.accept("startup: the studio did not always print " + StartupProbe.CONNECTED);
        }
        return results;
    }

    private BenchResult embeddedWarmStart(Path home) throws DatabaseUnavailableException {
        Path binaries = new DataDirectory(home).binariesCache();
        progress.accept("embedded_warm_start: initialising the scratch server (untimed)");
        EmbeddedServer.start(home, binaries).close();
        double[] samples = new double[settings.embeddedStarts()];
        for (int i = 0; i < samples.length; i++) {
            long started = System.nanoTime();
            EmbeddedServer server = EmbeddedServer.start(home, binaries);
            samples[i] = (System.nanoTime() - started) / 1e6;
            server.close();
        }
        return BenchResult.of(NAME, "embedded_warm_start_ms", "ms", samples);
    }

    private List<BenchResult> projectAccess(Path home) throws DatabaseUnavailableException, SQLException {
        DataDirectory directory = new DataDirectory(home);
        try (SessionOpener opener = new SessionOpener(directory, new SettingsStore(directory.settingsFile()), Map.of());
             Session session = opener.open(step -> progress.accept("database: " + step))) {
            UUID projectId = new ProjectRepository(session.database().dsl()).create(session.organization().orgId(),
                    ProjectKind.BOOK, "Benchmark project", "Read and updated by quire bench.", null, null).id();
            ProjectAccessBenchmark bench = new ProjectAccessBenchmark(session.database().dsl(),
                    session.database().dataSource(), projectId);
            int rounds = settings.rounds();
            double[] readJooq = new double[rounds];
            double[] readJdbc = new double[rounds];
            double[] updateJooq = new double[rounds];
            double[] updateJdbc = new double[rounds];
            progress.accept("pk_read/update_tx: " + settings.warmupRounds() + " warm-up and " + rounds + " measured rounds");
            for (int r = -settings.warmupRounds(); r < rounds; r++) {
                double[] read = bench.reads(settings.readsPerBatch());
                double[] update = bench.updates(settings.updatesPerBatch());
                if (r >= 0) {
                    readJooq[r] = read[0];
                    readJdbc[r] = read[1];
                    updateJooq[r] = update[0];
                    updateJdbc[r] = update[1];
                }
            }
            BenchResult readBase = BenchResult.of(NAME, "pk_read_jdbc_us", "us", readJdbc);
            BenchResult updateBase = BenchResult.of(NAME, "update_tx_jdbc_us", "us", updateJdbc);
            return List.of(BenchResult.of(NAME, "pk_read_us", "us", readJooq).against(readBase), readBase,
                    BenchResult.of(NAME, "update_tx_us", "us", updateJooq).against(updateBase), updateBase);
        }
    }
}
