package studio.quire.editor;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextMatchesTest {
    @Test
    void find_findsEveryOccurrenceIgnoringCase_whenMatchCaseIsOff() {
        TextMatches matches = TextMatches.find("The tide. the TIDE, thE end", "the", false);

        assertThat(matches.starts()).containsExactly(0, 10, 20);
        assertThat(matches.length()).isEqualTo(3);
    }

    @Test
    void find_respectsCase_whenMatchCaseIsOn() {
        assertThat(TextMatches.find("The tide. the TIDE", "the", true).starts()).containsExactly(10);
    }

    @Test
    void find_neverOverlaps() {
        assertThat(TextMatches.find("aaaa", "aa", true).starts()).containsExactly(0, 2);
    }

    @Test
    void find_findsNothing_forAnEmptyQuery() {
        assertThat(TextMatches.find("text", "", false).isEmpty()).isTrue();
    }

    @Test
    void find_keepsTrueOffsets_whenCaseFoldingChangesLengths() {
        TextMatches matches = TextMatches.find("İx ix", "ix", false);

        assertThat(matches.starts()).containsExactly(0, 3);
    }

    @Test
    void nextFrom_wrapsToTheFirst_afterTheLastMatch() {
        TextMatches matches = TextMatches.find("a b a b a", "a", true);

        assertThat(matches.nextFrom(0)).isZero();
        assertThat(matches.nextFrom(1)).isEqualTo(1);
        assertThat(matches.nextFrom(9)).isZero();
    }

    @Test
    void previousFrom_wrapsToTheLast_beforeTheFirstMatch() {
        TextMatches matches = TextMatches.find("a b a b a", "a", true);

        assertThat(matches.previousFrom(4)).isEqualTo(0);
        assertThat(matches.previousFrom(5)).isEqualTo(1);
        assertThat(matches.previousFrom(0)).isEqualTo(2);
    }

    @Test
    void describe_saysWhichOfHowMany() {
        TextMatches matches = TextMatches.find("x ".repeat(1_700), "x", true);

        assertThat(matches.describe(2)).isEqualTo("3 of 1,700");
        assertThat(TextMatches.find("abc", "z", true).describe(-1)).isEqualTo("No matches");
    }

    @Test
    void indexOf_findsTheMatchThatIsExactlyARange() {
        TextMatches matches = TextMatches.find("ab ab", "ab", true);

        assertThat(matches.indexOf(3, 5)).isEqualTo(1);
        assertThat(matches.indexOf(2, 4)).isEqualTo(-1);
    }
}
