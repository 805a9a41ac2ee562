package studio.quire.compare.view;

import org.junit.jupiter.api.Test;
import studio.quire.compare.Comparison;
import studio.quire.diff.DiffOptions;

import static org.assertj.core.api.Assertions.assertThat;
import static studio.quire.compare.view.ComparisonFixture.text;

class ComparisonSummaryTest {
    private static Comparison compare(String older, String newer) {
        return Comparison.of(text("Scene", older, newer), DiffOptions.DEFAULT);
    }

    @Test
    void stats_namesWordsOnce_andCountsInTheSingular() {
        assertThat(ComparisonSummary.stats(compare("One two.\n", "One two three.\n"))).isEqualTo("1 word added");
        assertThat(ComparisonSummary.stats(compare("Alpha.\n\nBeta gamma here.\n", "Beta gamma here.\n\nAlpha.\n")))
                .isEqualTo("1 paragraph moved");
    }

    @Test
    void stats_styleOnly_countsFormattingChanges() {
        assertThat(ComparisonSummary.stats(compare("A plain line.\n", "A **plain** line.\n")))
                .isEqualTo("1 formatting change");
    }

    @Test
    void stats_identicalTexts_sayNoDifferences() {
        assertThat(ComparisonSummary.stats(compare("Same.\n", "Same.\n"))).isEqualTo("No differences");
    }

    @Test
    void choices_countsRejectedOfAll() {
        assertThat(ComparisonSummary.choices(0, 17)).isEqualTo("All 17 changes accepted");
        assertThat(ComparisonSummary.choices(3, 17)).isEqualTo("3 of 17 changes rejected");
        assertThat(ComparisonSummary.choices(1, 1)).isEqualTo("1 of 1 change rejected");
        assertThat(ComparisonSummary.choices(0, 0)).isEmpty();
    }

    @Test
    void lines_numberConsecutiveListItems_andTitleEachSectionOfAChapter() {
        ComparisonLines lines = ComparisonLines.of(Comparison.of(java.util.List.of(
                text("One", "1. first\n2. second\n\nText.\n\n1. again\n", "1. first\n2. second\n\nText.\n\n1. again\n"),
                text("Two", "- a\n- b\n", "- a\n- b\n- c\n")), DiffOptions.DEFAULT));

        assertThat(lines.lines()).extracting(ComparisonLine::marker)
                .containsExactly("", "1.", "2.", "", "1.", "", "•", "•", "•");
        assertThat(lines.lines()).extracting(ComparisonLine::title).containsExactly("One", "", "", "", "", "Two", "", "", "");
    }
}
