package studio.quire.brand.compliance;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Flesch reading ease and the syllable heuristic behind it. */
class ReadingEaseTest {
    // 20 words, 3 sentences, 31 syllables by a dictionary: 206.835 − 1.015 × 20/3 − 84.6 × 31/20 = 68.938.
    private static final String PASSAGE = "Reading is a wonderful habit. Children who read each day learn many new words."
            + " Their teachers notice the difference quickly.";

    @Test
    void syllables_countsLikeADictionary_forCommonWords() {
        assertThat(ReadingEase.syllables("cat")).isEqualTo(1);
        assertThat(ReadingEase.syllables("make")).isEqualTo(1);
        assertThat(ReadingEase.syllables("table")).isEqualTo(2);
        assertThat(ReadingEase.syllables("reading")).isEqualTo(2);
        assertThat(ReadingEase.syllables("beautiful")).isEqualTo(3);
        assertThat(ReadingEase.syllables("horses")).isEqualTo(2);
        assertThat(ReadingEase.syllables("makes")).isEqualTo(1);
        assertThat(ReadingEase.syllables("wanted")).isEqualTo(2);
        assertThat(ReadingEase.syllables("played")).isEqualTo(1);
        assertThat(ReadingEase.syllables("yes")).isEqualTo(1);
        assertThat(ReadingEase.syllables("Difference")).isEqualTo(3);
        assertThat(ReadingEase.syllables("don't")).isEqualTo(1);
    }

    @Test
    void syllables_isZero_forAWordWithoutLetters() {
        assertThat(ReadingEase.syllables("1999")).isZero();
    }

    @Test
    void flesch_appliesTheFormula_toCounts() {
        assertThat(ReadingEase.flesch(100, 5, 150)).isCloseTo(206.835 - 1.015 * 20 - 84.6 * 1.5, within(1e-9));
    }

    @Test
    void of_comesWithinTwoPointsOfTheDictionaryCount_forAKnownPassage() {
        ReadingEase.Reading reading = ReadingEase.of(PASSAGE).orElseThrow();

        assertThat(reading.sentences()).isEqualTo(3);
        assertThat(reading.words()).isEqualTo(20);
        assertThat(reading.ease()).isCloseTo(68.938, within(2.0));
    }

    @Test
    void of_judgesNothing_underFiftyCharacters() {
        String fortyNine = "a".repeat(10) + " " + "b".repeat(38);
        String fifty = fortyNine + "c";

        assertThat(ReadingEase.of(fortyNine)).isEmpty();
        assertThat(ReadingEase.of("   " + fortyNine + "   ")).isEmpty();
        assertThat(ReadingEase.of(fifty)).isPresent();
    }
}
