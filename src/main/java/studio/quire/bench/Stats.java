package studio.quire.bench;

import java.util.Arrays;

/** Order statistics of a small sample. */
final class Stats {
    private Stats() {
    }

    static double median(double[] samples) {
        return percentile(samples, 50);
    }

    /** Nearest-rank percentile; the median of an even sample is the mean of the middle two. */
    static double percentile(double[] samples, int p) {
        if (samples.length == 0) {
            return Double.NaN;
        }
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        if (p == 50 && sorted.length % 2 == 0) {
            return (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
