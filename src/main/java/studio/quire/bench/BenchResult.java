package studio.quire.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One measured benchmark: {@code n} samples summarised by median and 95th percentile, compared
 * with its baseline's median when it has one ({@code ratio = median / baselineMedian}).
 */
public record BenchResult(String suite, String name, String unit, int n, double median, double p95, String baseline,
                          Double baselineMedian, Double ratio) {

    public static BenchResult of(String suite, String name, String unit, double[] samples) {
        return new BenchResult(suite, name, unit, samples.length, Stats.median(samples), Stats.percentile(samples, 95),
                null, null, null);
    }

    public BenchResult against(BenchResult base) {
        return new BenchResult(suite, name, unit, n, median, p95, base.name(), base.median(), median / base.median());
    }

    /** The JSON object of results.json, keys in a fixed order. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("suite", suite);
        json.put("name", name);
        json.put("unit", unit);
        json.put("n", n);
        json.put("median", round(median));
        json.put("p95", round(p95));
        json.put("baseline", baseline);
        json.put("baseline_median", baselineMedian == null ? null : round(baselineMedian));
        json.put("ratio", ratio == null ? null : Math.round(ratio * 1000) / 1000.0);
        return json;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
