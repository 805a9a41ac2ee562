package studio.quire.compare;

import org.junit.jupiter.api.Test;
import studio.quire.diff.DiffOptions;
import studio.quire.diff.Granularity;
import studio.quire.text.Block;
import studio.quire.text.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of comparisons and merges over random styled documents and random edits. Every run
 * uses the same seed (so a failure repeats), printed in every failure message; try another with
 * {@code -Dquire.seed=N}.
 */
class MergePropertyTest {
    private static final long SEED = Long.getLong("quire.seed", 20_260_518L);
    private static final int PAIRS = Integer.getInteger("quire.pairs", 1_000);
    private static final DiffOptions[] OPTIONS = {
        DiffOptions.DEFAULT,
        DiffOptions.DEFAULT.withGranularity(Granularity.SENTENCE),
        DiffOptions.DEFAULT.withGranularity(Granularity.PARAGRAPH),
    };

    @Test
    void apply_givesTheNewerText_everyChangeAccepted() {
        forEachPair((older, newer, comparison, context) ->
                assertThat(Merge.apply(comparison, MergeChoices.allAccepted())).as(context).containsExactly(newer));
    }

    @Test
    void apply_givesTheOlderText_everyChangeRejected() {
        forEachPair((older, newer, comparison, context) ->
                assertThat(Merge.apply(comparison, MergeChoices.allRejected(comparison))).as(context).containsExactly(older));
    }

    @Test
    void apply_takesEachChangeFromTheSideChosen_randomChoices() {
        SplittableRandom coin = new SplittableRandom(SEED);
        forEachPair((older, newer, comparison, context) -> {
            MergeChoices choices = MergeChoices.allAccepted();
            for (Change change : comparison.changes()) {
                choices = choices.with(change.id(), coin.nextBoolean());
            }
            Document merged = Merge.apply(comparison, choices).get(0);
            // comparing the older text with the merge finds just the words of the accepted changes
            Comparison again = Comparison.of(new ComparedText(null, "", older, merged), comparison.options());
            assertThat(Merge.apply(again, MergeChoices.allAccepted())).as(context).containsExactly(merged);
            assertThat(again.stats().wordsAdded() - again.stats().wordsRemoved()).as(context + "\n" + comparison.changes())
                    .isEqualTo(acceptedWordBalance(comparison, choices));
        });
    }

    @Test
    void of_showsNoChange_documentAgainstItself() {
        RandomManuscripts random = new RandomManuscripts(SEED);
        for (int n = 0; n < PAIRS; n++) {
            Document text = random.document(10);
            Comparison comparison = Comparison.of(new ComparedText(null, "", text, text), DiffOptions.DEFAULT);
            assertThat(comparison.changes()).as("seed %d pair %d", SEED, n).isEmpty();
            assertThat(comparison.parts().get(0).rows()).as("seed %d pair %d", SEED, n)
                    .allMatch(row -> row.type() == Row.Type.SAME).hasSize(text.blocks().size());
        }
    }

    @Test
    void of_numbersChangesInReadingOrder_andEveryChangeIsShown() {
        forEachPair((older, newer, comparison, context) -> {
            List<Row> rows = comparison.parts().get(0).rows();
            int last = -1;
            for (Change change : comparison.changes()) {
                assertThat(change.row()).as(context).isGreaterThanOrEqualTo(last);
                last = change.row();
                Row row = rows.get(change.row());
                assertThat(row.changeId() == change.id() || row.pieces().stream().anyMatch(p -> p.changeId() == change.id()))
                        .as(context).isTrue();
            }
            long away = rows.stream().filter(r -> r.type() == Row.Type.MOVED_AWAY).count();
            long here = rows.stream().filter(r -> r.type() == Row.Type.MOVED_HERE).count();
            assertThat(away).as(context).isEqualTo(here).isEqualTo(comparison.stats().paragraphsMoved());
            assertThat(rows.stream().filter(r -> r.older() != null && r.type() != Row.Type.MOVED_HERE).count())
                    .as(context).isEqualTo(older.blocks().size());
            assertThat(rows.stream().filter(r -> r.newer() != null).count()).as(context).isEqualTo(newer.blocks().size());
        });
    }

    /** Words added minus words removed by the accepted changes: what the merge must add to the older text. */
    private static int acceptedWordBalance(Comparison comparison, MergeChoices choices) {
        int balance = 0;
        for (Change change : comparison.changes()) {
            if (choices.isAccepted(change.id())) {
                balance += words(change.newerText()) - words(change.olderText());
            }
        }
        return balance;
    }

    /** Words as the engine counts them (the comparison's statistics are in its words). */
    private static int words(String text) {
        return studio.quire.diff.TextDiff.compare("", text).stats().wordsAdded();
    }

    private interface PairCheck {
        void check(Document older, Document newer, Comparison comparison, String context);
    }

    private static void forEachPair(PairCheck check) {
        RandomManuscripts random = new RandomManuscripts(SEED);
        for (int n = 0; n < PAIRS; n++) {
            Document older = random.document(10);
            Document newer = random.nextInt(20) == 0 ? Document.EMPTY : random.edit(older);
            for (DiffOptions options : OPTIONS) {
                Comparison comparison = Comparison.of(new ComparedText(null, "", older, newer), options);
                check.check(older, newer, comparison, "seed " + SEED + " pair " + n + " " + options.granularity()
                        + "\nolder " + describe(older) + "\nnewer " + describe(newer));
            }
        }
    }

    private static String describe(Document document) {
        List<String> lines = new ArrayList<>();
        for (Block block : document.blocks()) {
            lines.add(block.getClass().getSimpleName() + " " + block.spans());
        }
        return String.join("\n  ", lines);
    }
}
