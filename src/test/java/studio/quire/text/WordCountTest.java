package studio.quire.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static studio.quire.text.Span.plain;
import static studio.quire.text.Span.styled;

class WordCountTest {

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @MethodSource("texts")
    void of_text_countsWords(String text, int words) {
        assertThat(WordCount.of(text).words()).isEqualTo(words);
    }

    static Stream<Arguments> texts() {
        return Stream.of(
                arguments("", 0),
                arguments("   \t\n  ", 0),
                arguments("She waited.", 2),
                arguments("don't stop, it's well-known", 4),
                arguments("don’t — ‘quoted’", 2),
                arguments("'rock 'n' roll'", 3),
                arguments("a--b - c -d e-", 5),
                arguments("3.14 and 10,000 but end.Next and 3.a", 9),
                arguments("# - * > ** 1. ---", 1),
                arguments("snake_case", 2),
                arguments("héllo wörld naïve (e\u0301)", 4),
                arguments("漢字かな", 4),
                arguments("日本語のテキスト and English", 10),
                arguments("한국어 문장", 2),
                arguments("emoji 😀 👍🏽 are not words", 4),
                arguments("Привет, мир", 2),
                arguments("line\nbreak", 2));
    }

    @Test
    void of_text_countsCodePointsWithoutLineBreaks() {
        assertThat(WordCount.of("ab c\n😀\r\né").characters()).isEqualTo(6);
    }

    @Test
    void of_document_countsTextNotMarkup_andWordsRunAcrossSpansButNotBlocks() {
        Document document = MarkdownFormat.parse("""
                ## The *quiet* harbour

                1. **bold**ly \\- gone

                > [a link](https://example.org/many/words/here)

                end""");

        WordCount count = WordCount.of(document);

        assertThat(count.words()).isEqualTo(8);
        assertThat(count.characters()).isEqualTo("The quiet harbourboldly - gonea linkend".length());
    }

    @Test
    void of_document_wordsDoNotJoinAcrossBlocks() {
        Document document = Document.of(Block.Paragraph.of(plain("one")), Block.Paragraph.of(styled("two", Style.BOLD)));

        assertThat(WordCount.of(document)).isEqualTo(new WordCount(2, 6));
    }

    @Test
    void plus_addsBothCounts() {
        assertThat(new WordCount(2, 10).plus(new WordCount(3, 5))).isEqualTo(new WordCount(5, 15));
        assertThat(WordCount.NONE.plus(WordCount.NONE)).isEqualTo(WordCount.NONE);
    }
}
