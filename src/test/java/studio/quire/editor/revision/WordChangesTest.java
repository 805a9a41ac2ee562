package studio.quire.editor.revision;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Word-level change counts, with properties over many random texts. */
class WordChangesTest {
    private static final String[] VOCABULARY = {"the", "night", "was", "dark", "and", "stormy", "she", "said",
        "don't", "well-known", "3.14", "*bold*", "# Heading", "— ", "rain", "café"};
    private static final AtomicInteger SEEDS = new AtomicInteger(17);

    @Test
    void between_countsAWordReplacedInAParagraph() {
        assertThat(WordChanges.between("It was a dark night.\n", "It was a stormy night.\n"))
                .isEqualTo(new WordChanges(1, 1));
    }

    @Test
    void between_countsAddedParagraphsAndIgnoresMarkup() {
        assertThat(WordChanges.between("# Title\n\nOne two.\n", "# Title\n\nOne two.\n\n*Three* four five.\n"))
                .isEqualTo(new WordChanges(3, 0));
        assertThat(WordChanges.between("One *two*.\n", "One **two**!\n")).isEqualTo(WordChanges.NONE);
    }

    @Test
    void between_nullIsEmpty() {
        assertThat(WordChanges.between(null, "a b")).isEqualTo(new WordChanges(2, 0));
        assertThat(WordChanges.between("a b", null)).isEqualTo(new WordChanges(0, 2));
    }

    @RepeatedTest(50)
    void between_propertiesHold_forRandomTexts() {
        Random random = new Random(SEEDS.incrementAndGet());
        String a = randomText(random, random.nextInt(200));
        String b = random.nextBoolean() ? edit(random, a) : randomText(random, random.nextInt(200));

        assertThat(WordChanges.between(a, a)).isEqualTo(WordChanges.NONE);
        assertThat(WordChanges.between("", b)).isEqualTo(new WordChanges(WordChanges.words(b), 0));
        assertThat(WordChanges.between(a, "")).isEqualTo(new WordChanges(0, WordChanges.words(a)));
        WordChanges forward = WordChanges.between(a, b);
        assertThat(WordChanges.between(b, a)).isEqualTo(new WordChanges(forward.removed(), forward.added()));
        // Net change is exact, whatever the alignment.
        assertThat(forward.added() - forward.removed()).isEqualTo(WordChanges.words(b) - WordChanges.words(a));
        assertThat(forward.added()).isLessThanOrEqualTo(WordChanges.words(b));
        assertThat(forward.removed()).isLessThanOrEqualTo(WordChanges.words(a));
    }

    @Test
    void between_twentyThousandWords_withScatteredEdits_isBoundedAndExact() {
        Random random = new Random(7);
        String original = randomDocument(random, 20_000);
        List<String> lines = new ArrayList<>(List.of(original.split("\n", -1)));
        int edits = 0;
        for (int i = 3; i < lines.size(); i += 7) {
            if (!lines.get(i).isBlank()) {
                lines.set(i, lines.get(i) + " inserted words");
                edits++;
            }
        }
        String edited = String.join("\n", lines);

        WordChanges changes = WordChanges.between(original, edited);

        assertThat(changes).isEqualTo(new WordChanges(2 * edits, 0));
    }

    @Test
    void between_completelyDifferentLargeTexts_fallsBackToCounting() {
        Random random = new Random(11);
        String a = randomDocument(random, 30_000).replace("\n\n", " ");
        String b = randomDocument(random, 30_000).replace("\n\n", " ");

        WordChanges changes = WordChanges.between(a, b);

        assertThat(changes.added() - changes.removed()).isEqualTo(WordChanges.words(b) - WordChanges.words(a));
    }

    @Test
    void byCount_countsMovedWordsAsUnchanged() {
        assertThat(WordChanges.byCount(List.of("a", "b", "b"), List.of("b", "a", "c"))).isEqualTo(new WordChanges(1, 1));
    }

    private static String randomText(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(VOCABULARY[random.nextInt(VOCABULARY.length)]);
            int gap = random.nextInt(12);
            text.append(gap == 0 ? "\n\n" : gap == 1 ? "\n" : gap == 2 ? ", " : " ");
        }
        return text.toString();
    }

    private static String edit(Random random, String text) {
        List<String> words = new ArrayList<>(List.of(text.split(" ", -1)));
        for (int i = 0; i < 1 + random.nextInt(5) && !words.isEmpty(); i++) {
            int at = random.nextInt(words.size());
            switch (random.nextInt(3)) {
                case 0 -> words.remove(at);
                case 1 -> words.add(at, VOCABULARY[random.nextInt(VOCABULARY.length)]);
                default -> words.set(at, "changed");
            }
        }
        return String.join(" ", words);
    }

    private static String randomDocument(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : i % 100 == 0 ? "\n\n" : " ").append("w").append(random.nextInt(5_000));
        }
        return text.append('\n').toString();
    }
}
