package studio.quire.compare;

import org.junit.jupiter.api.Test;
import studio.quire.diff.DiffOptions;
import studio.quire.text.Document;
import studio.quire.text.MarkdownFormat;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ComparisonTest {
    private static Comparison compare(String older, String newer) {
        return Comparison.of(new ComparedText(null, "One", MarkdownFormat.parse(older), MarkdownFormat.parse(newer)),
                DiffOptions.DEFAULT);
    }

    private static List<Row.Type> types(Comparison comparison) {
        return comparison.parts().get(0).rows().stream().map(Row::type).toList();
    }

    @Test
    void of_joinsWordsChangedSideBySide_intoOneReplacement() {
        Comparison comparison = compare("The cat sat on the mat.\n", "The dog ran on the mat.\n");

        assertThat(comparison.changes()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(ChangeKind.REPLACED);
            assertThat(change.olderText()).isEqualTo("cat sat");
            assertThat(change.newerText()).isEqualTo("dog ran");
            assertThat(change.summary()).isEqualTo("Replaced “cat sat” with “dog ran”");
        });
        assertThat(types(comparison)).containsExactly(Row.Type.CHANGED);
    }

    @Test
    void of_showsAMovedParagraphWhereItLeftAndWhereItArrived() {
        Comparison comparison = compare(
                "First paragraph stays.\n\nThis one will travel far away.\n\nThird paragraph stays.\n\nLast one.\n",
                "First paragraph stays.\n\nThird paragraph stays.\n\nLast one.\n\nThis one will travel far away.\n");

        assertThat(types(comparison)).containsExactly(Row.Type.SAME, Row.Type.MOVED_AWAY, Row.Type.SAME,
                Row.Type.SAME, Row.Type.MOVED_HERE);
        List<Row> rows = comparison.parts().get(0).rows();
        assertThat(rows.get(1).changeId()).isEqualTo(rows.get(4).changeId()).isZero();
        assertThat(comparison.changes()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(ChangeKind.MOVED);
            assertThat(change.row()).isEqualTo(4);
        });
        assertThat(Merge.apply(comparison, MergeChoices.allAccepted().with(0, false)).get(0))
                .isEqualTo(comparison.parts().get(0).older());
    }

    @Test
    void of_reportsAFormattingChange_sameWordsMadeBold() {
        Comparison comparison = compare("A plain line.\n\nTitle\n", "A **plain** line.\n\n## Title\n");

        assertThat(types(comparison)).containsExactly(Row.Type.REFORMATTED, Row.Type.REFORMATTED);
        assertThat(comparison.changes()).extracting(Change::kind).containsOnly(ChangeKind.REFORMATTED);
        assertThat(comparison.stats().isEmpty()).isTrue();
    }

    @Test
    void apply_keepsEachRunsStyles_mixedChoicesInOneParagraph() {
        Comparison comparison = compare("She *walked* home in the rain.\n", "She **ran** home under the stars.\n");
        assertThat(comparison.changes()).hasSize(3);

        Document keepFirst = Merge.apply(comparison, MergeChoices.allAccepted().with(1, false).with(2, false)).get(0);

        assertThat(MarkdownFormat.write(keepFirst)).isEqualTo("She **ran** home in the rain.\n");
    }

    @Test
    void of_numbersChangesAcrossSections_inChapterOrder() {
        Comparison chapter = Comparison.of(List.of(
                new ComparedText(null, "Arrival", MarkdownFormat.parse("Old start.\n"), MarkdownFormat.parse("New start.\n")),
                new ComparedText(null, "Unchanged", MarkdownFormat.parse("Same.\n"), MarkdownFormat.parse("Same.\n")),
                new ComparedText(null, "Departure", Document.EMPTY, MarkdownFormat.parse("A new section.\n"))),
                DiffOptions.DEFAULT);

        assertThat(chapter.spansSections()).isTrue();
        assertThat(chapter.changes()).extracting(Change::id, Change::part).containsExactly(
                org.assertj.core.groups.Tuple.tuple(0, 0), org.assertj.core.groups.Tuple.tuple(1, 2));
        assertThat(chapter.parts()).extracting(ComparedPart::hasChanges).containsExactly(true, false, true);
        assertThat(chapter.stats().wordsAdded()).isEqualTo(3);
        assertThat(chapter.stats().wordsChanged()).isEqualTo(1);
    }

    @Test
    void summary_shortensLongTextAndNamesBlankLines() {
        String longText = "word ".repeat(40);
        assertThat(new Change(0, 0, 0, ChangeKind.INSERTED, "", longText).summary()).endsWith("…”").hasSizeLessThan(80);
        assertThat(new Change(0, 0, 0, ChangeKind.DELETED, "", "").summary()).isEqualTo("Deleted a blank line");
    }
}
