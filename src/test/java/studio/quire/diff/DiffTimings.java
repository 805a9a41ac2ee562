package studio.quire.diff;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Prints median comparison times for the targets of issue 4 (not a test: timings vary by machine).
 * Run: {@code java -cp target/classes:target/test-classes studio.quire.diff.DiffTimings}.
 */
final class DiffTimings {
    private DiffTimings() {
    }

    public static void main(String[] args) {
        List<String> paragraphs = Corpus.manuscript(3, 200_000);
        String a200 = Corpus.text(paragraphs);
        String b200 = Corpus.text(Corpus.edited(paragraphs, 4, 5));
        String u1 = Corpus.text(Corpus.manuscript(1, 50_000));
        String u2 = Corpus.text(Corpus.manuscript(2, 50_000));
        String enormous = String.join(" ", paragraphs);
        String enormousEdited = String.join(" ", Corpus.edited(paragraphs, 6, 5));
        DiffOptions ignoring = DiffOptions.DEFAULT.withIgnoreCase(true).withIgnoreWhitespace(true).withIgnorePunctuation(true);
        time("diff_200k_5pct_ms", () -> TextDiff.compare(a200, b200));
        time("diff_200k_5pct_ignoring_ms", () -> TextDiff.compare(a200, b200, ignoring));
        time("diff_unrelated_50k_ms", () -> TextDiff.compare(u1, u2));
        time("diff_enormous_paragraph_200k_5pct_ms", () -> TextDiff.compare(enormous, enormousEdited));
        String enormousOther = String.join(" ", Corpus.manuscript(7, 200_000));
        time("diff_enormous_paragraph_200k_unrelated_ms", () -> TextDiff.compare(enormous, enormousOther));
        String short1 = Corpus.text(shortParagraphs(1, 50_000));
        String short2 = Corpus.text(shortParagraphs(2, 50_000));
        time("diff_unrelated_50k_10_word_paragraphs_ms", () -> TextDiff.compare(short1, short2));
        String million = "x".repeat(1_000_000);
        time("diff_empty_vs_1m_chars_ms", () -> TextDiff.compare("", million));
    }

    private static List<String> shortParagraphs(long seed, int words) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        List<String> list = new java.util.ArrayList<>();
        for (int i = 0; i < words / 10; i++) {
            list.add(Corpus.paragraph(random, 10));
        }
        return list;
    }

    private static void time(String name, Supplier<DiffResult> run) {
        int runs = 11;
        long[] ms = new long[runs];
        DiffResult last = null;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            last = run.get();
            ms[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(ms);
        System.out.printf("%s median %d (min %d, max %d) coarsened %s stats %s%n",
                name, ms[runs / 2], ms[0], ms[runs - 1], last.coarsenedBy(), last.stats());
    }
}
