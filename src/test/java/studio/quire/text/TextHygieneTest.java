package studio.quire.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextHygieneTest {

    @Test
    void clean_controlCharacters_areRemovedButLineBreaksAndTabsStay() {
        assertThat(TextHygiene.clean("a\u0000b\u0001c\u0007d\u001Be\u001Ff\tg\nh")).isEqualTo("abcdef\tg\nh");
    }

    @Test
    void clean_windowsAndOldMacLineBreaks_becomeLineFeeds() {
        assertThat(TextHygiene.clean("one\r\ntwo\rthree\n\r\nfour\r\r")).isEqualTo("one\ntwo\nthree\n\nfour\n\n");
    }

    @Test
    void clean_loneSurrogates_becomeReplacementCharacters_pairsStay() {
        assertThat(TextHygiene.clean("a\uD800b\uDC00c😀\uD83D")).isEqualTo("a\uFFFDb\uFFFDc😀\uFFFD");
    }

    @Test
    void clean_cleanText_isReturnedAsIs() {
        String text = "Already clean: tabs\tand\nlines, emoji 😀, DEL \u007F and NBSP \u00A0 stay.";

        assertThat(TextHygiene.clean(text)).isSameAs(text);
        assertThat(TextHygiene.isClean(text)).isTrue();
    }

    @Test
    void clean_cleanedText_isClean() {
        assertThat(TextHygiene.isClean(TextHygiene.clean("\r\n\u0000\uDFFF x"))).isTrue();
        assertThat(TextHygiene.isClean("\r")).isFalse();
    }

    @Test
    void clean_oneMegabyteOfHostileText_inOnePass() {
        String hostile = "word\u0000\r\n\r\u0003\uD800 ".repeat(200_000);

        String clean = TextHygiene.clean(hostile);

        assertThat(clean).isEqualTo("word\n\n\uFFFD ".repeat(200_000));
    }

    @Test
    void parse_oneMegabyteSectionOfHostileMarkdown_isRead() {
        // Unmatched brackets and asterisks on one long line are the worst case for an inline parser.
        String line = "[[[ *a ](( **b \\ & [x](".repeat(50_000);

        Document document = MarkdownFormat.parse(line + "\n\n" + line);

        assertThat(document.blocks()).hasSize(2);
        assertThat(MarkdownFormat.parse(MarkdownFormat.write(document))).isEqualTo(document);
    }
}
