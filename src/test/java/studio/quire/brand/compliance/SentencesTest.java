package studio.quire.brand.compliance;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Sentences by the JDK's sentence breaker, words by letters and digits. */
class SentencesTest {

    @Test
    void of_givesEachSentenceWithoutItsSurroundingSpaces() {
        String text = "  Boats leave hourly.  Bikes travel free!\nWhy wait? ";

        List<TextSpan> sentences = Sentences.of(text);

        assertThat(sentences).extracting(s -> text.substring(s.start(), s.end()))
                .containsExactly("Boats leave hourly.", "Bikes travel free!", "Why wait?");
    }

    @Test
    void of_skipsStretchesWithoutWords() {
        assertThat(Sentences.of("… !!! ")).isEmpty();
        assertThat(Sentences.of("")).isEmpty();
    }

    @Test
    void words_keepsApostrophesAndHyphensInsideWords() {
        assertThat(Sentences.words("Don't miss the well-known café — 3 boats, 1 pier."))
                .containsExactly("Don't", "miss", "the", "well-known", "café", "3", "boats", "1", "pier");
    }

    @Test
    void wordCount_countsOnlyInsideTheSpan() {
        String text = "One two three. Four five.";

        assertThat(Sentences.wordCount(text, new TextSpan(15, 25))).isEqualTo(2);
    }
}
