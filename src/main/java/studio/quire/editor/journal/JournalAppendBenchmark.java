package studio.quire.editor.journal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import java.util.UUID;

/**
 * Measures {@code journal_append_fsync_ms}: one {@link Journal#append} (encode, write, fsync) of a
 * 20,000-word section, as the writer does it after each burst of typing. Run with
 * {@code java -cp ... studio.quire.editor.journal.JournalAppendBenchmark [dir] [appends]}.
 */
public final class JournalAppendBenchmark {
    private static final int WARM_UP = 20;

    private JournalAppendBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("quire-journal-bench");
        int appends = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        String section = words(20_000, 7);
        double[] samples = measure(dir, appends, section);
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        System.out.printf("journal_append_fsync_ms n=%d section=%d chars median=%.2f p95=%.2f max=%.2f (in %s)%n",
                samples.length, section.length(), median(sorted), sorted[(int) Math.ceil(0.95 * sorted.length) - 1],
                sorted[sorted.length - 1], dir.toAbsolutePath());
    }

    /** Milliseconds of each of {@code appends} appends of {@code content}, after a short warm-up. */
    public static double[] measure(Path dir, int appends, String content) throws IOException {
        UUID section = UUID.randomUUID();
        double[] samples = new double[appends];
        try (Journal journal = Journal.open(dir)) {
            for (int i = 0; i < WARM_UP + appends; i++) {
                // One changed character per append, as typing makes it.
                String text = content.substring(0, content.length() - 1) + (char) ('a' + i % 26);
                long start = System.nanoTime();
                JournalEntry entry = journal.append(section, i, text, Instant.now());
                long elapsed = System.nanoTime() - start;
                if (i >= WARM_UP) {
                    samples[i - WARM_UP] = elapsed / 1_000_000.0;
                }
                journal.checkpoint(section, entry.sequence());
            }
        }
        return samples;
    }

    /** Prose-like text of {@code count} words (about six characters each with spaces). */
    public static String words(int count, long seed) {
        String[] vocabulary = {"the", "harbour", "lamp", "quiet", "storm", "waited", "window", "letter", "under",
            "slowly", "Mara", "listened", "narrow", "tide", "beyond", "again", "distant", "warm", "stair", "and"};
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(count * 7);
        for (int i = 0; i < count; i++) {
            text.append(vocabulary[random.nextInt(vocabulary.length)]);
            text.append(i % 12 == 11 ? ".\n" : " ");
        }
        return text.toString();
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 0 ? (sorted[n / 2 - 1] + sorted[n / 2]) / 2 : sorted[n / 2];
    }
}
