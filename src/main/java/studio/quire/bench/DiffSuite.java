package studio.quire.bench;

import studio.quire.diff.DiffOptions;
import studio.quire.diff.TextDiff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The {@code diff} suite: comparing two 200,000-word revisions with 5% of paragraphs changed,
 * against {@code git diff --no-index --word-diff} and {@code wdiff} on the same two files, and
 * comparing two unrelated 50,000-word texts (which must finish, however coarse the result), and
 * showing a 20,000-word section's comparison in the inline view.
 */
public final class DiffSuite {
    public static final String NAME = "diff";
    private static final long BASELINE_TIMEOUT_SECONDS = 120;

    private final BenchSettings settings;
    private final Consumer<String> progress;

    public DiffSuite(BenchSettings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
    }

    public List<BenchResult> run() throws IOException, InterruptedException {
        List<BenchResult> results = new ArrayList<>();
        progress.accept("diff: two 200,000-word revisions, 5% of paragraphs changed");
        String before = DiffCorpus.manuscript(200_000, 7);
        String after = DiffCorpus.revised(before, 0.05, 8);
        BenchResult ours = BenchResult.of(NAME, "diff_200k_5pct_ms", "ms", timeEngine(before, after, settings.rounds()));
        Path dir = Files.createDirectories(settings.scratch().resolve("diff"));
        Path a = Files.writeString(dir.resolve("before.txt"), before, StandardCharsets.UTF_8);
        Path b = Files.writeString(dir.resolve("after.txt"), after, StandardCharsets.UTF_8);
        int baselineRounds = Math.max(3, settings.rounds() / 4);
        Optional<BenchResult> git = baseline("git_word_diff_ms", "git", baselineRounds,
                List.of("git", "diff", "--no-index", "--word-diff=plain", a.toString(), b.toString()));
        Optional<BenchResult> wdiff = baseline("wdiff_ms", "wdiff", baselineRounds,
                List.of("wdiff", a.toString(), b.toString()));
        results.add(git.map(ours::against).orElse(ours));
        git.ifPresent(results::add);
        wdiff.ifPresent(w -> {
            results.add(new BenchResult(NAME, "diff_200k_5pct_ms_vs_wdiff", ours.unit(), ours.n(), ours.median(),
                    ours.p95(), null, null, null).against(w));
            results.add(w);
        });

        progress.accept("diff: two unrelated 50,000-word texts");
        String one = DiffCorpus.manuscript(50_000, 21);
        String other = DiffCorpus.manuscript(50_000, 22);
        results.add(BenchResult.of(NAME, "diff_unrelated_50k_ms", "ms",
                timeEngine(one, other, Math.max(3, settings.rounds() / 4))));

        progress.accept("diff: a 20,000-word section's comparison shown in the inline view (child JVM)");
        results.add(BenchResult.of(NAME, "render_inline_20k_ms", "ms", renderInline()));
        return results;
    }

    /** The inline view's times from {@link InlineRenderProbe} in a headless child JVM, warm-up rounds left out. */
    private double[] renderInline() throws IOException, InterruptedException {
        int warmup = Math.min(5, settings.warmupRounds());
        int rounds = Math.max(5, settings.rounds() / 2);
        Path home = Files.createDirectories(settings.scratch().resolve("render"));
        List<Double> samples = new ArrayList<>();
        try (ChildStudio child = ChildStudio.start(InlineRenderProbe.class.getName(), home, "render",
                Map.of(InlineRenderProbe.ROUNDS, String.valueOf(warmup + rounds)))) {
            for (ChildStudio.Line line = child.next(Duration.ofMinutes(2)); !line.text().equals(InlineRenderProbe.DONE);
                 line = child.next(Duration.ofMinutes(2))) {
                if (line.isEnd()) {
                    throw new IllegalStateException("The render probe stopped early; see " + home.resolve("render.err"));
                }
                if (line.text().startsWith(InlineRenderProbe.LINE)) {
                    samples.add(Double.parseDouble(line.text().substring(InlineRenderProbe.LINE.length())));
                }
            }
        }
        return samples.stream().skip(warmup).mapToDouble(Double::doubleValue).toArray();
    }

    private double[] timeEngine(String before, String after, int rounds) {
        double[] samples = new double[rounds];
        for (int i = -Math.min(5, settings.warmupRounds()); i < rounds; i++) {
            long started = System.nanoTime();
            var result = TextDiff.compare(before, after, DiffOptions.DEFAULT);
            double ms = (System.nanoTime() - started) / 1e6;
            if (!result.apply(before).equals(after)) {
                throw new IllegalStateException("the diff does not turn the first text into the second");
            }
            if (i >= 0) {
                samples[i] = ms;
            }
        }
        return samples;
    }

    /** Wall time of an external program on the same files; empty (and said) when it is not installed. */
    private Optional<BenchResult> baseline(String name, String debianPackage, int rounds, List<String> command)
            throws InterruptedException {
        double[] samples = new double[rounds];
        for (int i = -1; i < rounds; i++) {
            long started = System.nanoTime();
            try {
                Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                if (!process.waitFor(BASELINE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    progress.accept("diff: " + command.get(0) + " took over " + BASELINE_TIMEOUT_SECONDS + " s; no baseline");
                    return Optional.empty();
                }
            } catch (IOException e) {
                progress.accept("diff: baseline " + name + " skipped: " + command.get(0)
                        + " is not installed (Debian package " + debianPackage + ")");
                return Optional.empty();
            }
            if (i >= 0) {
                samples[i] = (System.nanoTime() - started) / 1e6;
            }
        }
        return Optional.of(BenchResult.of(NAME, name, "ms", samples));
    }
}
