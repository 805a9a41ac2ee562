package studio.quire.bench;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How much a benchmark run measures and where it works. {@link #quick} finishes in well under
 * two minutes; {@link #full} trades time for steadier numbers. Tests shrink everything further.
 * Warm-up rounds are generous on purpose: jOOQ's deep call paths reach C2 late, and a cold
 * JIT would be blamed on jOOQ.
 *
 * @param scratch        a directory of the benchmark's own (scratch data homes live here)
 * @param binariesCache  unpacked PostgreSQL programs to reuse (never unpacked twice)
 * @param studioMain     the class the startup benchmark launches
 * @param probeTimeout   how long a studio start may take before the startup benchmark gives up
 */
public record BenchSettings(Path scratch, Path binariesCache, String studioMain, int startupRuns,
                            Duration probeTimeout, int embeddedStarts, int warmupRounds, int rounds, int readsPerBatch,
                            int updatesPerBatch) {
    public static final String STUDIO_MAIN = "studio.quire.launch.Launcher";

    public static BenchSettings quick(Path scratch, Path binariesCache) {
        return new BenchSettings(scratch, binariesCache, STUDIO_MAIN, 3, Duration.ofSeconds(30), 3, 40, 20, 500, 100);
    }

    public static BenchSettings full(Path scratch, Path binariesCache) {
        return new BenchSettings(scratch, binariesCache, STUDIO_MAIN, 10, Duration.ofSeconds(60), 10, 40, 60, 500, 100);
    }

    public BenchSettings withStudioMain(String mainClass) {
        return new BenchSettings(scratch, binariesCache, mainClass, startupRuns, probeTimeout, embeddedStarts,
                warmupRounds, rounds, readsPerBatch, updatesPerBatch);
    }

    public BenchSettings withCounts(int startups, int starts, int warmups, int measuredRounds, int reads, int updates) {
        return new BenchSettings(scratch, binariesCache, studioMain, startups, probeTimeout, starts, warmups,
                measuredRounds, reads, updates);
    }
}
