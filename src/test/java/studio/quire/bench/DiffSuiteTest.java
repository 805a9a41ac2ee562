package studio.quire.bench;

import org.junit.jupiter.api.Test;
import studio.quire.testsupport.TestServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@studio.quire.testsupport.Slow
class DiffSuiteTest {

    @Test
    void run_tinyCounts_measuresTheEngineAndComparesItWithTheInstalledBaselines() throws Exception {
        Path scratch = Files.createDirectories(TestServer.root().resolve("bench-diff-" + ProcessHandle.current().pid()));
        BenchSettings settings = BenchSettings.quick(scratch, TestServer.binariesCache()).withCounts(1, 1, 2, 3, 1, 1);
        List<String> progress = new ArrayList<>();

        List<BenchResult> results = new DiffSuite(settings, progress::add).run();

        assertThat(results).extracting(BenchResult::name).contains("diff_200k_5pct_ms", "diff_unrelated_50k_ms");
        assertThat(results).allSatisfy(r -> {
            assertThat(r.suite()).isEqualTo("diff");
            assertThat(r.median()).isPositive();
        });
        // Each baseline is either measured (and the engine's row compared with it) or said to be missing.
        for (String baseline : List.of("git_word_diff_ms", "wdiff_ms")) {
            boolean measured = results.stream().anyMatch(r -> r.name().equals(baseline));
            boolean compared = results.stream().anyMatch(r -> baseline.equals(r.baseline()) && r.ratio() != null);
            boolean said = progress.stream().anyMatch(line -> line.contains(baseline) && line.contains("not installed"));
            assertThat(measured ? compared : said).as(baseline).isTrue();
        }
    }
}
