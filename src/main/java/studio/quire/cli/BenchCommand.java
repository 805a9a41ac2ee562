package studio.quire.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import studio.quire.session.DataDirectory;
import studio.quire.bench.BenchReport;
import studio.quire.bench.BenchResult;
import studio.quire.bench.BenchSettings;
import studio.quire.bench.CoreSuite;
import studio.quire.bench.BrandSuite;
import studio.quire.bench.DiffSuite;
import studio.quire.bench.ManuscriptSuite;
import studio.quire.bench.ReviewSuite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures startup and database paths against baselines, prints a table and writes "
                + "target/bench/results.json.",
            "Works in a scratch data home (under target/bench in a repository, else a temporary folder); "
                    + "only the PostgreSQL programs of your data directory are reused."})
final class BenchCommand implements Callable<Integer> {
    static final Path RESULTS = Path.of("target", "bench", "results.json");

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Option(names = "--suite", paramLabel = "NAME", defaultValue = "all",
            description = "The suite to run: core, manuscript, diff, review, brand or all (default: ${DEFAULT-VALUE}).")
    String suite;

    @Option(names = "--quick", description = "Fewer repetitions: finishes in under two minutes.")
    boolean quick;

    @Option(names = "--studio-main", hidden = true, description = "The class the startup benchmark launches.")
    String studioMain = BenchSettings.STUDIO_MAIN;

    BenchCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        if (!List.of(CoreSuite.NAME, ManuscriptSuite.NAME, DiffSuite.NAME, ReviewSuite.NAME, BrandSuite.NAME, "all").contains(suite)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Unknown suite '" + suite + "'; available: core, manuscript, diff, review, brand, all.");
        }
        Path binaries = DataDirectory.fromEnvironment(context.environment()).binariesCache();
        Path scratch = scratchDirectory();
        BenchSettings settings = (quick ? BenchSettings.quick(scratch, binaries) : BenchSettings.full(scratch, binaries))
                .withStudioMain(studioMain);
        long started = System.nanoTime();
        List<BenchResult> results = new java.util.ArrayList<>();
        boolean all = "all".equals(suite);
        if (all || CoreSuite.NAME.equals(suite)) {
            results.addAll(new CoreSuite(settings, line -> context.err().println(line)).run());
        }
        if (all || ManuscriptSuite.NAME.equals(suite)) {
            results.addAll(new ManuscriptSuite(settings, line -> context.err().println(line)).run());
        }
        if (all || DiffSuite.NAME.equals(suite)) {
            results.addAll(new DiffSuite(settings, line -> context.err().println(line)).run());
        }
        if (all || ReviewSuite.NAME.equals(suite)) {
            results.addAll(new ReviewSuite(settings, line -> context.err().println(line)).run());
        }
        if (all || BrandSuite.NAME.equals(suite)) {
            results.addAll(new BrandSuite(settings, line -> context.err().println(line)).run());
        }
        BenchReport.printTable(results, context.out());
        BenchReport.writeJson(results, RESULTS);
        context.out().printf("Wrote %s (%d results) in %.0f s.%n", RESULTS.toAbsolutePath(), results.size(),
                (System.nanoTime() - started) / 1e9);
        return 0;
    }

    /** target/bench in a Maven checkout; elsewhere a fresh temporary folder. */
    private static Path scratchDirectory() throws java.io.IOException {
        if (Files.exists(Path.of("pom.xml")) && Files.isDirectory(Path.of("target"))) {
            return Files.createDirectories(Path.of("target", "bench", "scratch")).toAbsolutePath();
        }
        return Files.createTempDirectory("quire-bench");
    }
}
