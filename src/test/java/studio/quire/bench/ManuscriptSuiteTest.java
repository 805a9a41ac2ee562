package studio.quire.bench;

import org.junit.jupiter.api.Test;
import studio.quire.db.PostgresBinaries;
import studio.quire.testsupport.TestServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ManuscriptSuiteTest {

    @Test
    void run_tinyCounts_measuresTreeLoadSectionSaveAndJournalAppend() throws Exception {
        PostgresBinaries.ensureUnpacked(TestServer.binariesCache());
        Path scratch = Files.createDirectories(TestServer.root().resolve("bench-manuscript-" + ProcessHandle.current().pid()));
        BenchSettings settings = BenchSettings.quick(scratch, TestServer.binariesCache()).withCounts(1, 1, 4, 3, 1, 1);
        List<String> progress = new ArrayList<>();

        List<BenchResult> results = new ManuscriptSuite(settings, progress::add).run();

        assertThat(results).extracting(BenchResult::name)
                .containsExactly("tree_load_ms", "section_save_20k_ms", "journal_append_fsync_ms");
        assertThat(results).allSatisfy(r -> {
            assertThat(r.suite()).isEqualTo("manuscript");
            assertThat(r.unit()).isEqualTo("ms");
            assertThat(r.median()).isPositive();
            assertThat(r.baseline()).isNull();
        });
        assertThat(results.get(0).n()).isEqualTo(3);
        assertThat(progress).anyMatch(line -> line.contains("500,000 words"));
    }
}
