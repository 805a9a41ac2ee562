package studio.quire.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Prints results as a table and writes them as the JSON array of results.json. */
public final class BenchReport {
    private BenchReport() {
    }

    public static void printTable(List<BenchResult> results, PrintStream out) {
        String format = "%-10s %-26s %-4s %4s %12s %12s %-20s %10s%n";
        out.printf(format, "SUITE", "NAME", "UNIT", "N", "MEDIAN", "P95", "BASELINE", "RATIO");
        for (BenchResult r : results) {
            out.printf(format, r.suite(), r.name(), r.unit(), r.n(), String.format("%.1f", r.median()),
                    String.format("%.1f", r.p95()), r.baseline() == null ? "-" : r.baseline(),
                    r.ratio() == null ? "-" : String.format("%.3f", r.ratio()));
        }
    }

    public static void writeJson(List<BenchResult> results, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(file.toFile(), results.stream().map(BenchResult::toJson).toList());
    }
}
