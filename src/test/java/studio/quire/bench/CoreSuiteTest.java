package studio.quire.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import studio.quire.db.PostgresBinaries;
import studio.quire.testsupport.TestServer;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@studio.quire.testsupport.Slow
class CoreSuiteTest {

    @Test
    void run_tinyCounts_producesEveryRowAndTheJsonShape() throws Exception {
        PostgresBinaries.ensureUnpacked(TestServer.binariesCache());
        Path scratch = Files.createDirectories(TestServer.root().resolve("bench-" + ProcessHandle.current().pid()));
        BenchSettings settings = BenchSettings.quick(scratch, TestServer.binariesCache())
                .withStudioMain(FakeStudio.class.getName())
                .withCounts(2, 1, 1, 3, 20, 3);
        List<String> progress = new ArrayList<>();

        List<BenchResult> results = new CoreSuite(settings, progress::add).run();
        Path json = scratch.resolve("results.json");
        BenchReport.writeJson(results, json);
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        BenchReport.printTable(results, new PrintStream(table, true, StandardCharsets.UTF_8));

        assertThat(results).extracting(BenchResult::name).containsExactly("startup_first_window_ms",
                "startup_connected_ms", "embedded_warm_start_ms", "pk_read_us", "pk_read_jdbc_us", "update_tx_us",
                "update_tx_jdbc_us");
        JsonNode rows = new ObjectMapper().readTree(json.toFile());
        assertThat(rows.isArray()).isTrue();
        for (JsonNode row : rows) {
            List<String> keys = new ArrayList<>();
            row.fieldNames().forEachRemaining(keys::add);
            assertThat(keys).containsExactly("suite", "name", "unit", "n", "median", "p95", "baseline",
                    "baseline_median", "ratio");
            assertThat(row.get("suite").asText()).isEqualTo("core");
            assertThat(row.get("median").asDouble()).isPositive();
        }
        JsonNode pk = rows.get(3);
        assertThat(pk.get("baseline").asText()).isEqualTo("pk_read_jdbc_us");
        assertThat(pk.get("n").asInt()).isEqualTo(3);
        assertThat(pk.get("ratio").asDouble())
                .isCloseTo(pk.get("median").asDouble() / pk.get("baseline_median").asDouble(), org.assertj.core.data.Offset.offset(0.01));
        assertThat(rows.get(4).get("baseline").isNull()).isTrue();
        assertThat(rows.get(4).get("ratio").isNull()).isTrue();
        assertThat(rows.get(0).get("unit").asText()).isEqualTo("ms");
        assertThat(rows.get(0).get("n").asInt()).isEqualTo(2);
        assertThat(table.toString(StandardCharsets.UTF_8)).contains("pk_read_us", "update_tx_jdbc_us");
    }

    @Test
    void stats_medianAndP95() {
        assertThat(Stats.median(new double[] {3, 1, 2})).isEqualTo(2);
        assertThat(Stats.median(new double[] {4, 1, 2, 3})).isEqualTo(2.5);
        double[] hundred = new double[100];
        for (int i = 0; i < 100; i++) {
            hundred[i] = i + 1;
        }
        assertThat(Stats.percentile(hundred, 95)).isEqualTo(95);
    }
}
