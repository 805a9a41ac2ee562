package studio.quire.diff;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the diff engine over random texts and random edits. Each run uses a new seed,
 * printed in every failure message; repeat a run with {@code -Dquire.seed=N}.
 */
class TextDiffPropertyTest {
    private static final long SEED = Long.getLong("quire.seed", new SplittableRandom().nextLong());
    private static final int PAIRS = Integer.getInteger("quire.pairs", 1_500);
    private static final DiffOptions[] OPTIONS = {
        DiffOptions.DEFAULT,
        DiffOptions.DEFAULT.withGranularity(Granularity.SENTENCE),
        DiffOptions.DEFAULT.withGranularity(Granularity.PARAGRAPH),
        DiffOptions.DEFAULT.withIgnoreWhitespace(true).withIgnoreCase(true).withIgnorePunctuation(true),
        DiffOptions.DEFAULT.withGranularity(Granularity.SENTENCE).withIgnoreWhitespace(true).withIgnorePunctuation(true),
        DiffOptions.DEFAULT.withLimits(new DiffLimits(3, 40, 200, 2)),
    };

    @Test
    void apply_givesTheNewTextExactly_randomEditsOfRandomTexts() {
        RandomTexts random = new RandomTexts(SEED);
        for (int n = 0; n < PAIRS; n++) {
            List<String> a = random.paragraphs(12, 15);
            String oldText = random.text(a);
            String newText = random.nextInt(20) == 0 ? "" : random.text(random.edit(a));
            for (DiffOptions options : OPTIONS) {
                DiffResult result = TextDiff.compare(oldText, newText, options);
                assertThat(result.apply(oldText)).as(context(n, options, oldText, newText)).isEqualTo(newText);
                DiffStats stats = result.stats();
                assertThat(stats).as(context(n, options, oldText, newText)).isEqualTo(DiffStats.of(result.operations()));
                assertThat(stats.wordsAdded() - stats.wordsRemoved()).as(context(n, options, oldText, newText))
                        .isEqualTo(Tokens.words(newText) - Tokens.words(oldText));
                assertThat(stats.paragraphsMoved()).as(context(n, options, oldText, newText)).isEqualTo(
                        (int) result.operations().stream().filter(op -> op.kind() == ParagraphOp.Kind.MOVE).count());
                assertIndexesConsistent(result, n, options, oldText, newText);
            }
        }
    }

    @Test
    void compare_findsNoChanges_textAgainstItself() {
        RandomTexts random = new RandomTexts(SEED);
        for (int n = 0; n < PAIRS; n++) {
            String text = random.text(random.paragraphs(12, 15));
            for (DiffOptions options : OPTIONS) {
                DiffResult result = TextDiff.compare(text, text, options);
                assertThat(result.hasChanges()).as(context(n, options, text, text)).isFalse();
                assertThat(result.changes()).as(context(n, options, text, text)).isEmpty();
                assertThat(result.stats()).isEqualTo(DiffStats.NONE);
                assertThat(result.coarsened()).as(context(n, options, text, text)).isFalse();
            }
        }
    }

    @Test
    void compare_reportsMoves_paragraphMovedToAnotherPlace() {
        RandomTexts random = new RandomTexts(SEED);
        for (int n = 0; n < PAIRS; n++) {
            List<String> a = distinctParagraphs(random, n);
            int from = random.nextInt(a.size());
            List<String> b = new ArrayList<>(a);
            String moved = b.remove(from);
            int to = random.nextInt(b.size() + 1);
            if (to == from) {
                to = (to + 1) % (b.size() + 1);
            }
            b.add(to, moved);
            String oldText = Paragraphs.join(a, true);
            String newText = Paragraphs.join(b, true);
            DiffResult result = TextDiff.compare(oldText, newText);
            String context = context(n, DiffOptions.DEFAULT, oldText, newText);
            assertThat(result.changes()).as(context).allMatch(op -> op.kind() == ParagraphOp.Kind.MOVE);
            assertThat(result.stats().paragraphsMoved()).as(context).isBetween(1, 2);
            assertThat(result.stats().wordsAdded() + result.stats().wordsRemoved()).as(context).isZero();
            assertThat(result.apply(oldText)).as(context).isEqualTo(newText);
        }
    }

    @Test
    void compare_hidesExactlyTheIgnoredChanges_whitespaceCaseAndPunctuationTweaks() {
        RandomTexts random = new RandomTexts(SEED);
        for (int n = 0; n < PAIRS; n++) {
            List<String> a = distinctParagraphs(random, n);
            List<String> b = new ArrayList<>(a);
            int at = random.nextInt(b.size());
            int kind = random.nextInt(3);
            String tweaked = switch (kind) {
                case 0 -> random.whitespaceTweak(b.get(at));
                case 1 -> random.caseTweak(b.get(at));
                default -> random.punctuationTweak(b.get(at));
            };
            b.set(at, tweaked);
            String oldText = Paragraphs.join(a, true);
            String newText = Paragraphs.join(b, true);
            DiffOptions ignoring = switch (kind) {
                case 0 -> DiffOptions.DEFAULT.withIgnoreWhitespace(true);
                case 1 -> DiffOptions.DEFAULT.withIgnoreCase(true);
                default -> DiffOptions.DEFAULT.withIgnorePunctuation(true);
            };
            String context = context(n, ignoring, oldText, newText);
            DiffResult hidden = TextDiff.compare(oldText, newText, ignoring);
            assertThat(hidden.hasChanges()).as(context).isFalse();
            assertThat(hidden.apply(oldText)).as(context).isEqualTo(newText);
            assertThat(TextDiff.compare(oldText, newText).hasChanges()).as(context).isEqualTo(!oldText.equals(newText));
            // a real word change next to the ignored one is still seen
            List<String> c = new ArrayList<>(b);
            int other = (at + 1) % c.size();
            c.set(other, c.get(other) + " zebra");
            String changedText = Paragraphs.join(c, true);
            DiffResult seen = TextDiff.compare(oldText, changedText, ignoring);
            assertThat(seen.stats().wordsAdded()).as(context).isEqualTo(1);
            assertThat(seen.apply(oldText)).as(context).isEqualTo(changedText);
        }
    }

    /** Paragraphs unlike each other (each starts with its own number word), so a move is unambiguous. */
    private static List<String> distinctParagraphs(RandomTexts random, int n) {
        int count = 2 + random.nextInt(8);
        List<String> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add("p" + n + "x" + i + " " + random.paragraph(10));
        }
        return list;
    }

    private static void assertIndexesConsistent(DiffResult result, int n, DiffOptions options, String a, String b) {
        int expectedNew = 0;
        List<Integer> olds = new ArrayList<>();
        for (ParagraphOp op : result.operations()) {
            if (op.kind() != ParagraphOp.Kind.DELETE) {
                assertThat(op.newIndex()).as(context(n, options, a, b)).isEqualTo(expectedNew++);
            }
            if (op.kind() != ParagraphOp.Kind.INSERT) {
                olds.add(op.oldIndex());
            }
        }
        assertThat(olds).as(context(n, options, a, b)).doesNotHaveDuplicates()
                .hasSize(Paragraphs.of(a).size());
    }

    private static String context(int n, DiffOptions options, String a, String b) {
        return "seed %d (rerun with -Dquire.seed=%d), pair %d, %s%nold: %s%nnew: %s".formatted(
                SEED, SEED, n, options, visible(a), visible(b));
    }

    private static String visible(String s) {
        return s.replace("\n", "\\n").replace("\t", "\\t");
    }
}
