package studio.quire.editor.journal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;

/**
 * Measures {@code journal_append_fsync_ms}: one {@link Journal#append} (encode, write, fsync) of a
 * 20,000-word section, as the writer does it after each burst of typing. Run by
 * {@code quire bench --suite manuscript}.
 */
public final class JournalAppendBenchmark {
    private static final int WARM_UP = 20;

    private JournalAppendBenchmark() {
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
}
