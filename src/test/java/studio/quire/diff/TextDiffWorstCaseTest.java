package studio.quire.diff;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worst-case corpus of issue 4: each comparison finishes (the bounds guarantee it) and gives a
 * result that turns the old text into the new one. Times are measured by the bench's {@code diff} suite, not here.
 */
@studio.quire.testsupport.Slow
class TextDiffWorstCaseTest {

    @Test
    void compare_givesAnApplicableResult_unrelatedTextsOf50000Words() {
        String a = Corpus.text(Corpus.manuscript(1, 50_000));
        String b = Corpus.text(Corpus.manuscript(2, 50_000));

        assertApplies(a, b);
    }

    @Test
    void compare_findsTheEditsExactly_200000WordsWith5PercentOfParagraphsChanged() {
        List<String> paragraphs = Corpus.manuscript(3, 200_000);
        String a = Corpus.text(paragraphs);
        String b = Corpus.text(Corpus.edited(paragraphs, 4, 5));

        DiffResult result = assertApplies(a, b);

        assertThat(result.coarsened()).isFalse();
        assertThat(result.changes()).allMatch(op -> op.kind() == ParagraphOp.Kind.CHANGE);
    }

    @Test
    void compare_givesAnApplicableResult_highlyRepetitiveText() {
        String line = "and then and then and then she said and then.";
        List<String> same = new ArrayList<>(Collections.nCopies(5_000, line));
        List<String> edited = new ArrayList<>(same);
        for (int i = 0; i < edited.size(); i += 97) {
            edited.set(i, line.replace("she", "he"));
        }
        edited.add(2_500, line);
        String words = "the ".repeat(100_000);

        assertApplies(Corpus.text(same), Corpus.text(edited));
        assertApplies(words + "\n", words.replaceFirst("the ", "the a ") + "the\n");
    }

    @Test
    void compare_givesAnApplicableResult_oneEnormousParagraph() {
        List<String> paragraphs = Corpus.manuscript(5, 200_000);
        String enormous = String.join(" ", paragraphs);
        String edited = String.join(" ", Corpus.edited(paragraphs, 6, 5));
        String unrelated = String.join(" ", Corpus.manuscript(7, 200_000));

        DiffResult nearly = assertApplies(enormous, edited);
        assertApplies(enormous, unrelated);

        assertThat(nearly.changes()).singleElement()
                .satisfies(op -> assertThat(op.kind()).isEqualTo(ParagraphOp.Kind.CHANGE));
    }

    @Test
    void compare_givesAnApplicableResult_emptyAgainstOneMillionCharacters() {
        String million = "x".repeat(1_000_000);
        StringBuilder tiny = new StringBuilder();
        while (tiny.length() < 1_000_000) {
            tiny.append("w").append(tiny.length() % 7).append("\n\n");
        }

        assertApplies("", million);
        assertApplies(million, "");
        assertApplies("", tiny.toString());
        assertApplies(tiny.toString(), "");
    }

    @Test
    void compare_givesAnApplicableResult_aMillionIgnoredCharactersInOneParagraph() {
        DiffOptions ignoring = DiffOptions.DEFAULT.withIgnorePunctuation(true).withIgnoreWhitespace(true);
        String marks = "*,".repeat(250_000) + " word " + ", ".repeat(250_000);
        String edited = marks.replace(" word ", " other word ");

        for (String[] pair : new String[][] {{"", marks}, {marks, edited}, {marks, marks.replace(" word ", " word. ")}}) {
            DiffResult result = TextDiff.compare(pair[0], pair[1], ignoring);
            assertThat(result.apply(pair[0])).isEqualTo(pair[1]);
        }
    }

    @Test
    void compare_coarsensButStaysExact_manyTinyParagraphsShuffled() {
        List<String> tiny = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            tiny.add("w" + i % 1_000);
        }
        List<String> shuffled = new ArrayList<>(tiny);
        Collections.shuffle(shuffled, new Random(8));

        DiffResult result = assertApplies(Corpus.text(tiny), Corpus.text(shuffled));

        assertThat(result.coarsenedBy()).contains(DiffBound.PARAGRAPH_EDITS);
    }

    private static DiffResult assertApplies(String a, String b) {
        DiffResult result = TextDiff.compare(a, b);
        assertThat(result.apply(a)).isEqualTo(b);
        assertThat(result.stats()).isEqualTo(DiffStats.of(result.operations()));
        return result;
    }
}
