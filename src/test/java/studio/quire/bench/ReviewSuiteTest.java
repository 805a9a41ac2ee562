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
class ReviewSuiteTest {

    @Test
    void run_tinyCounts_seedsTheQueueAndMeasuresPagesDecisionsAndNotifications() throws Exception {
        PostgresBinaries.ensureUnpacked(TestServer.binariesCache());
        Path scratch = Files.createDirectories(TestServer.root().resolve("bench-review-" + ProcessHandle.current().pid()));
        BenchSettings settings = BenchSettings.quick(scratch, TestServer.binariesCache()).withCounts(1, 1, 2, 3, 1, 1);
        List<String> progress = new ArrayList<>();

        List<BenchResult> results = new ReviewSuite(settings, progress::add).run();

        assertThat(results).extracting(BenchResult::name)
                .containsExactly("queue_first_page_ms", "queue_page_500_ms", "decision_tx_ms", "notify_latency_ms");
        assertThat(results).allSatisfy(r -> {
            assertThat(r.suite()).isEqualTo("review");
            assertThat(r.median()).isPositive();
        });
        assertThat(results.get(1).baseline()).isEqualTo("queue_first_page_ms");
        assertThat(results.get(1).ratio()).isNotNull();
        assertThat(progress).anyMatch(line -> line.contains("100000 pending requests"));
    }
}
