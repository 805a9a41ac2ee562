package studio.quire.diff;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextDiffTest {
    private static final String THREE = "The first paragraph here.\n\nThe second one, short.\n\nA third and last.\n";

    @Test
    void compare_reportsOneChangedParagraphWithWordOps_oneWordReplaced() {
        String newer = THREE.replace("second one", "second line");

        DiffResult result = TextDiff.compare(THREE, newer);

        assertThat(result.changes()).singleElement().satisfies(op -> {
            assertThat(op.kind()).isEqualTo(ParagraphOp.Kind.CHANGE);
            assertThat(op.oldIndex()).isEqualTo(1);
            assertThat(op.newIndex()).isEqualTo(1);
            assertThat(op.words()).containsExactly(WordOp.equal("The second ", "The second "),
                    WordOp.delete("one"), WordOp.insert("line"), WordOp.equal(", short.", ", short."));
        });
        assertThat(result.stats()).isEqualTo(new DiffStats(0, 0, 1, 0));
        assertThat(result.apply(THREE)).isEqualTo(newer);
    }

    @Test
    void compare_reportsAMove_paragraphTakenToTheEnd() {
        String newer = "The second one, short.\n\nA third and last.\n\nThe first paragraph here.\n";

        DiffResult result = TextDiff.compare(THREE, newer);

        assertThat(result.changes()).singleElement().satisfies(op -> {
            assertThat(op.kind()).isEqualTo(ParagraphOp.Kind.MOVE);
            assertThat(op.oldIndex()).isZero();
            assertThat(op.newIndex()).isEqualTo(2);
        });
        assertThat(result.stats()).isEqualTo(new DiffStats(0, 0, 0, 1));
    }

    @Test
    void compare_reportsAMoveWithTheEditInside_paragraphMovedAndEdited() {
        String a = "Rain fell on the old town all night long.\n\nShe waited.\n\nHe came back.\n";
        String b = "She waited.\n\nHe came back.\n\nRain fell on the old city all night long.\n";

        DiffResult result = TextDiff.compare(a, b);

        assertThat(result.changes()).singleElement().satisfies(op -> {
            assertThat(op.kind()).isEqualTo(ParagraphOp.Kind.MOVE);
            assertThat(op.words()).contains(WordOp.delete("town"), WordOp.insert("city"));
        });
        assertThat(result.stats()).isEqualTo(new DiffStats(0, 0, 1, 1));
        assertThat(result.apply(a)).isEqualTo(b);
    }

    @Test
    void compare_reportsInsertAndDelete_unrelatedParagraphs() {
        DiffResult result = TextDiff.compare("Alpha beta gamma.\n", "Delta epsilon.\n");

        assertThat(result.changes()).extracting(ParagraphOp::kind)
                .containsExactly(ParagraphOp.Kind.DELETE, ParagraphOp.Kind.INSERT);
        assertThat(result.stats()).isEqualTo(new DiffStats(2, 3, 0, 0));
    }

    @Test
    void compare_marksWholeSentenceChanged_sentenceGranularity() {
        String a = "One two three. Four five six.\n";
        String b = "One two three. Four FIVE six.\n";

        DiffResult result = TextDiff.compare(a, b, DiffOptions.DEFAULT.withGranularity(Granularity.SENTENCE));

        assertThat(result.changes().get(0).words()).containsExactly(WordOp.equal("One two three. ", "One two three. "),
                WordOp.delete("Four five six."), WordOp.insert("Four FIVE six."));
        assertThat(result.apply(a)).isEqualTo(b);
    }

    @Test
    void compare_replacesTheParagraphWhole_paragraphGranularity() {
        String a = "One two three.\n";
        String b = "One two four.\n";

        DiffResult result = TextDiff.compare(a, b, DiffOptions.DEFAULT.withGranularity(Granularity.PARAGRAPH));

        assertThat(result.changes().get(0).words()).containsExactly(WordOp.delete("One two three."),
                WordOp.insert("One two four."));
        assertThat(result.stats()).isEqualTo(new DiffStats(0, 0, 3, 0));
    }

    @Test
    void compare_keepsTheNewTextButReportsNoChange_ignoredCaseAndWhitespace() {
        String a = "She said   hello.\n";
        String b = "she said hello.\n";
        DiffOptions ignoring = DiffOptions.DEFAULT.withIgnoreCase(true).withIgnoreWhitespace(true);

        DiffResult result = TextDiff.compare(a, b, ignoring);

        assertThat(result.hasChanges()).isFalse();
        assertThat(result.operations()).singleElement().satisfies(op -> assertThat(op.newText()).isEqualTo("she said hello."));
        assertThat(result.apply(a)).isEqualTo(b);
        assertThat(TextDiff.compare(a, b).hasChanges()).isTrue();
    }

    @Test
    void compare_hidesAnAddedBlankParagraph_whitespaceIgnored() {
        String a = "One.\n\nTwo.\n";
        String b = "One.\n\n\n\nTwo.\n";

        DiffResult ignoring = TextDiff.compare(a, b, DiffOptions.DEFAULT.withIgnoreWhitespace(true));
        DiffResult seeing = TextDiff.compare(a, b);

        assertThat(ignoring.hasChanges()).isFalse();
        assertThat(ignoring.operations()).extracting(ParagraphOp::ignored).containsExactly(false, true, false);
        assertThat(ignoring.apply(a)).isEqualTo(b);
        assertThat(seeing.changes()).singleElement()
                .satisfies(op -> assertThat(op.kind()).isEqualTo(ParagraphOp.Kind.INSERT));
    }

    @Test
    void compare_coarsensAndSaysWhich_tinyEditBound() {
        String a = "a b c d e f g h\n";
        String b = "h g f e d c b a\n";
        DiffOptions tight = DiffOptions.DEFAULT.withLimits(new DiffLimits(2, 1_000, 10_000, 10));

        DiffResult result = TextDiff.compare(a, b, tight);

        assertThat(result.coarsened()).isTrue();
        assertThat(result.coarsenedBy()).contains(DiffBound.WORD_EDITS);
        assertThat(result.apply(a)).isEqualTo(b);
    }

    @Test
    void compare_handlesEmptyTexts_emptyOnEitherSide() {
        assertThat(TextDiff.compare("", "").hasChanges()).isFalse();
        assertThat(TextDiff.compare("", "New words here.\n").stats().wordsAdded()).isEqualTo(3);
        assertThat(TextDiff.compare("Old words.\n", "").stats().wordsRemoved()).isEqualTo(2);
        assertThat(TextDiff.compare(null, "\n").apply("")).isEqualTo("\n");
    }

    @Test
    void apply_refusesAnotherText_textNotCompared() {
        DiffResult result = TextDiff.compare(THREE, THREE.replace("last", "final"));

        assertThatThrownBy(() -> result.apply(THREE.replace("first", "1st")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> result.apply("one paragraph\n")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void paragraphs_cutTheStoredFormatIntoItsBlocks_emptyBlockIncluded() {
        assertThat(Paragraphs.of("# Title\n\n\n\nText\n").texts()).isEqualTo(List.of("# Title", "", "Text"));
        assertThat(Paragraphs.of("").texts()).isEmpty();
    }
}
