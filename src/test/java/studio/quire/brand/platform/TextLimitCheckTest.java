package studio.quire.brand.platform;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A variant's texts against a placement's limits, as the consultant reads the results. */
class TextLimitCheckTest {
    private static final PlatformSpecs SPECS = PlatformSpecs.loadSheet();

    @Test
    void check_saysHowFarOver_inWeightedCharacters_forX() {
        String caption = "a".repeat(269) + "日本語日本語日本語日本";

        List<LimitResult> results = TextLimitCheck.check(spec("x-landscape"), caption, null, null);

        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.counted()).isEqualTo(291);
            assertThat(result.overBy()).isEqualTo(11);
            assertThat(result.isOver()).isTrue();
            assertThat(result.specId()).isEqualTo("x-landscape");
            assertThat(result.message()).isEqualTo("X: 291 of 280 weighted characters (11 over)");
        });
    }

    @Test
    void check_passesAPost_thatFitsOnlyBecauseItsLinkCounts23() {
        String caption = "a".repeat(250) + " https://quire.studio/" + "x".repeat(200);

        LimitResult result = TextLimitCheck.check(spec("x-landscape"), caption, null, null).get(0);

        assertThat(result.isOver()).isFalse();
        assertThat(result.message()).isEqualTo("X: 274 of 280 weighted characters");
    }

    @Test
    void check_countsHashtags_andCitesSinceWhenTheCapHolds() {
        String caption = "New ferry timetable! #one #two #three #four #five #six #seven";

        List<LimitResult> over = TextLimitCheck.overLimits(spec("instagram-square"), caption, null, null);

        assertThat(over).extracting(LimitResult::message)
                .containsExactly("Instagram: 7 hashtags; at most 5 since 19 Dec 2025");
        assertThat(over.get(0).overBy()).isEqualTo(2);
    }

    @Test
    void check_ignoresWhatOnlyLooksLikeAHashtag() {
        String caption = "C# and #1 and https://quire.studio/#faq and mail#box, but #real and #日本";

        LimitResult tags = TextLimitCheck.check(spec("instagram-portrait"), caption, null, null).get(1);

        assertThat(tags.counted()).isEqualTo(2);
        assertThat(tags.message()).isEqualTo("Instagram: 2 of 5 hashtags");
    }

    @Test
    void check_measuresTitleAndDescription_forPinterest_withThousandsSeparated() {
        List<LimitResult> results = TextLimitCheck.check(spec("pinterest-pin"), "ignored", "t".repeat(104), "d".repeat(500));

        assertThat(results).extracting(LimitResult::message).containsExactly(
                "Pinterest: title 104 of 100 characters (4 over)",
                "Pinterest: description 500 of 500 characters");
    }

    @Test
    void check_writesLargeNumbersAsPeopleDo() {
        LimitResult caption = TextLimitCheck.check(spec("instagram-story"), "é".repeat(2250), null, null).get(0);

        assertThat(caption.message()).isEqualTo("Instagram: 2,250 of 2,200 characters (50 over)");
    }

    @Test
    void check_skipsTextsTheVariantDoesNotHave() {
        assertThat(TextLimitCheck.check(spec("facebook-link"), "Hello", null, null))
                .extracting(result -> result.limit().kind()).containsExactly(LimitKind.CAPTION);
        assertThat(TextLimitCheck.check(spec("facebook-link"), "", "", ""))
                .hasSize(3).allSatisfy(result -> assertThat(result.counted()).isZero());
    }

    @Test
    void check_countsEmojiAsPerPlatformRule() {
        String caption = "Launch day 👨‍👩‍👧👍🏽";

        assertThat(TextLimitCheck.check(spec("x-landscape"), caption, null, null).get(0).counted()).isEqualTo(11 + 2 + 2);
        assertThat(TextLimitCheck.check(spec("instagram-square"), caption, null, null).get(0).counted())
                .isEqualTo(11 + 5 + 2);
    }

    private static PlatformSpec spec(String id) {
        return SPECS.byId(id).orElseThrow();
    }
}
