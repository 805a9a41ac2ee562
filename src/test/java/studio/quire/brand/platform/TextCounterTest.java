package studio.quire.brand.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Counting as the platforms do, on the texts that make the rules differ. */
class TextCounterTest {

    @Test
    void xWeighted_countsLatinOnce_andCjkTwice() {
        assertThat(TextCounter.xWeighted("Hello world")).isEqualTo(11);
        assertThat(TextCounter.xWeighted("日本語")).isEqualTo(6);
        assertThat(TextCounter.xWeighted("新刊 out now")).isEqualTo(12);
        assertThat(TextCounter.xWeighted("한국어")).as("Hangul lies past U+10FF").isEqualTo(6);
    }

    @Test
    void xWeighted_countsEveryWebAddressAs23_howeverLong() {
        assertThat(TextCounter.xWeighted("Read https://quire.studio/a/very/long/path/that/goes/on?x=1 now")).isEqualTo(32);
        assertThat(TextCounter.xWeighted("https://t.co")).isEqualTo(23);
        assertThat(TextCounter.xWeighted("see quire.studio/launch.")).as("bare domain, final stop is text").isEqualTo(28);
        assertThat(TextCounter.xWeighted("(www.example.com)")).isEqualTo(25);
        assertThat(TextCounter.xWeighted("me@example.com")).as("an e-mail address is text").isEqualTo(14);
    }

    @Test
    void xWeighted_countsAnEmojiSequenceAsTwo_asConfigV3Does() {
        assertThat(TextCounter.xWeighted("👍")).isEqualTo(2);
        assertThat(TextCounter.xWeighted("👍🏽")).isEqualTo(2);
        assertThat(TextCounter.xWeighted("👨‍👩‍👧")).isEqualTo(2);
        assertThat(TextCounter.xWeighted("🇫🇷🇩🇪")).isEqualTo(4);
        assertThat(TextCounter.xWeighted("1️⃣")).isEqualTo(2);
        assertThat(TextCounter.xWeighted("❤️ it")).isEqualTo(5);
        assertThat(TextCounter.xWeighted("© 2026")).as("© without U+FE0F is text").isEqualTo(6);
    }

    @Test
    void xWeighted_weighsPunctuationByItsRange() {
        assertThat(TextCounter.xWeighted("“hi” — ok")).isEqualTo(9);
        assertThat(TextCounter.xWeighted("wait…")).as("U+2026 lies outside the light ranges").isEqualTo(6);
    }

    @Test
    void xWeighted_normalisesFirst_soAnAccentTypedApartCountsOnce() {
        assertThat(TextCounter.xWeighted("cafe\u0301")).isEqualTo(4);
        assertThat(TextCounter.codePoints("cafe\u0301")).isEqualTo(5);
    }

    @Test
    void xWeighted_countsNothing_forBlankText() {
        assertThat(TextCounter.xWeighted("   ")).isZero();
        assertThat(TextCounter.xWeighted(null)).isZero();
    }

    @Test
    void graphemes_countWhatAReaderSees_emojiSequencesWhole() {
        assertThat(TextCounter.graphemes("👨‍👩‍👧")).isEqualTo(1);
        assertThat(TextCounter.graphemes("👍🏽")).isEqualTo(1);
        assertThat(TextCounter.graphemes("🇫🇷🇩🇪")).isEqualTo(2);
        assertThat(TextCounter.graphemes("cafe\u0301")).isEqualTo(4);
        assertThat(TextCounter.graphemes("a👍b")).isEqualTo(3);
        assertThat(TextCounter.graphemes("日本語")).isEqualTo(3);
        assertThat(TextCounter.graphemes("")).isZero();
    }

    @Test
    void codePoints_countEachCodePoint_soJoinedEmojiCountSeveral() {
        assertThat(TextCounter.codePoints("👨‍👩‍👧")).isEqualTo(5);
        assertThat(TextCounter.codePoints("👍🏽")).isEqualTo(2);
        assertThat(TextCounter.codePoints("日本語")).isEqualTo(3);
    }

    @Test
    void count_followsTheRuleItIsGiven() {
        String text = "新刊 👍🏽 https://quire.studio/launch";

        assertThat(TextCounter.count(text, CountingRule.X_WEIGHTED)).isEqualTo(4 + 1 + 2 + 1 + 23);
        assertThat(TextCounter.count(text, CountingRule.CODE_POINTS)).isEqualTo(2 + 1 + 2 + 1 + 27);
        assertThat(TextCounter.count(text, CountingRule.GRAPHEMES)).isEqualTo(2 + 1 + 1 + 1 + 27);
    }

    @Test
    void xWeighted_isLinear_onAMegabyteOfText() {
        String big = "Ferries leave at nine 日本 https://quire.studio/x #tag 👍🏽. ".repeat(20_000);

        assertThat(TextCounter.xWeighted(big)).isEqualTo(20_000 * (22 + 4 + 1 + 23 + 6 + 2 + 2));
    }
}
