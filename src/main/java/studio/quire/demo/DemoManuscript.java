package studio.quire.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * Generates a demo book: chapters holding exactly the requested number of sections, whose bodies
 * together hold exactly the requested number of words. The same seed always gives the same text.
 * Pure: no database, no clock, no I/O.
 */
public final class DemoManuscript {
    /** In review, approved and published come from review decisions only (V12), so a demo holds none. */
    private static final String[] STATUSES = {"draft", "draft", "draft", "draft", "discarded"};
    private static final int SECTIONS_PER_CHAPTER = 12;
    /** The most words one generated section may hold. */
    public static final long MAX_WORDS_PER_SECTION = 1_000_000;

    private DemoManuscript() {
    }

    /**
     * @param title the book's title, or null for a generated one
     * @throws IllegalArgumentException when there are no sections or fewer words than sections
     */
    public static DemoBook generate(long words, int sections, long seed, String title) {
        if (sections < 1) {
            throw new IllegalArgumentException("A demo book needs at least one section.");
        }
        if (words < sections) {
            throw new IllegalArgumentException("Every section needs at least one word: ask for at least "
                    + sections + " words.");
        }
        if (words / sections > MAX_WORDS_PER_SECTION) {
            throw new IllegalArgumentException("At most 1,000,000 words per section.");
        }
        SplitMix random = new SplitMix(seed);
        Prose prose = new Prose(random);
        String bookTitle = title != null && !title.isBlank() ? title.strip() : prose.title(3);
        int[] budgets = budgets(words, sections, random);
        int chapterCount = Math.max(1, (sections + SECTIONS_PER_CHAPTER - 1) / SECTIONS_PER_CHAPTER);
        List<DemoBook.Chapter> chapters = new ArrayList<>(chapterCount);
        int next = 0;
        for (int c = 0; c < chapterCount; c++) {
            // Spread sections evenly: chapter c ends where (c + 1) / chapterCount of them are used.
            int end = (int) ((long) sections * (c + 1) / chapterCount);
            List<DemoBook.Section> chapterSections = new ArrayList<>(end - next);
            String chapterTitle = "Chapter " + (c + 1) + ": " + prose.title(random.between(2, 3));
            String synopsis = prose.sentenceOf(random.between(8, 16));
            for (; next < end; next++) {
                String sectionTitle = prose.title(random.between(2, 4));
                String status = random.pick(STATUSES);
                String body = prose.body(budgets[next]);
                chapterSections.add(new DemoBook.Section(sectionTitle, status, body, budgets[next]));
            }
            chapters.add(new DemoBook.Chapter(chapterTitle, synopsis, chapterSections));
        }
        return new DemoBook(bookTitle, prose.sentenceOf(random.between(12, 20)), chapters);
    }

    /** Section lengths between 0.5 and 1.5 times the mean, summing exactly to {@code words}. */
    private static int[] budgets(long words, int sections, SplitMix random) {
        double[] weights = new double[sections];
        double total = 0;
        for (int i = 0; i < sections; i++) {
            weights[i] = 0.5 + random.nextDouble();
            total += weights[i];
        }
        int[] budgets = new int[sections];
        long spare = words - sections; // every section gets one word first
        long used = 0;
        for (int i = 0; i < sections; i++) {
            budgets[i] = 1 + (int) Math.floor(spare * weights[i] / total);
            used += budgets[i];
        }
        for (int i = 0; used < words; i = (i + 1) % sections) {
            budgets[i]++;
            used++;
        }
        return budgets;
    }
}
