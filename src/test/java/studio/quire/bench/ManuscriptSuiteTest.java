package studio.quire.bench;

import org.junit.jupiter.api.Test;
import studio.quire.db.PostgresBinaries;
import studio.quire.testsupport.TestServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@studio.quire.testsupport.Slow
@org.junit.jupiter.api.Timeout(value = 5, unit = java.util.concurrent.TimeUnit.MINUTES)
class ManuscriptSuiteTest {

    @Test
    void run_tinyCounts_measuresTheDatabaseTheJournalAndTheStudioWithTheSeededProject() throws Exception {
        PostgresBinaries.ensureUnpacked(TestServer.binariesCache());
        Path scratch = Files.createDirectories(TestServer.root().resolve("bench-manuscript-" + ProcessHandle.current().pid()));
        BenchSettings settings = BenchSettings.quick(scratch, TestServer.binariesCache()).withCounts(1, 1, 4, 3, 1, 1);
        List<String> progress = new ArrayList<>();

        List<BenchResult> results = new ManuscriptSuite(settings, progress::add).run();

        assertThat(results).extracting(BenchResult::name)
                .containsExactly("tree_load_ms", "section_save_20k_ms", "journal_append_fsync_ms", "tree_view_shown_ms",
                        "section_open_20k_ms", "fx_pauses_over_50ms", "fx_pause_max_ms", "rss_mb");
        assertThat(results).allSatisfy(r -> {
            assertThat(r.suite()).isEqualTo("manuscript");
            assertThat(r.baseline()).isNull();
        });
        assertThat(results).filteredOn(r -> r.unit().equals("ms")).allSatisfy(r -> assertThat(r.median()).isPositive());
        assertThat(results.get(0).n()).isEqualTo(3);
        // Two opens of the project, two of each long section, one typing run.
        assertThat(results.get(3).n()).isEqualTo(2);
        assertThat(results.get(4).n()).isEqualTo(4);
        assertThat(results.get(7).median()).isGreaterThan(50);
        assertThat(progress).anyMatch(line -> line.contains("500,000 words"));
    }
}
