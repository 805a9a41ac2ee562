package studio.quire.brand.compliance;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** WCAG 2.x luminance and contrast, against values published for it. */
class ContrastTest {

    @Test
    void relativeLuminance_runsFromZeroToOne_blackToWhite() {
        assertThat(Contrast.relativeLuminance(0x000000)).isZero();
        assertThat(Contrast.relativeLuminance(0xFFFFFF)).isCloseTo(1.0, within(1e-12));
        assertThat(Contrast.relativeLuminance(0xFF0000)).isCloseTo(0.2126, within(1e-12));
        assertThat(Contrast.relativeLuminance(0x808080)).isCloseTo(0.21586, within(1e-5));
    }

    @Test
    void ratio_matchesKnownPairs_blackWhiteAndGreys() {
        assertThat(Contrast.ratio(0x000000, 0xFFFFFF)).isCloseTo(21.0, within(1e-9));
        assertThat(Contrast.ratio(0x777777, 0xFFFFFF)).isCloseTo(4.48, within(0.005));
        assertThat(Contrast.ratio(0x767676, 0xFFFFFF)).isCloseTo(4.54, within(0.005));
        assertThat(Contrast.ratio(0xFF0000, 0xFFFFFF)).isCloseTo(4.0, within(0.005));
        assertThat(Contrast.ratio(0x1A6FB0, 0x1A6FB0)).isEqualTo(1.0);
    }

    @Test
    void ratio_isTheSameEitherWayRound_andWithinOneToTwentyOne_forRandomColours() {
        Random random = new Random(12);
        for (int i = 0; i < 10_000; i++) {
            int one = random.nextInt(0x1000000);
            int two = random.nextInt(0x1000000);
            double ratio = Contrast.ratio(one, two);

            assertThat(ratio).isEqualTo(Contrast.ratio(two, one)).isBetween(1.0, 21.0);
            assertThat(Contrast.ratio(one, one)).isEqualTo(1.0);
        }
    }

    @Test
    void isLargeText_countsTwentyFourPixels_orEighteenPointSixSixBold() {
        assertThat(Contrast.isLargeText(24, false)).isTrue();
        assertThat(Contrast.isLargeText(23.9, false)).isFalse();
        assertThat(Contrast.isLargeText(18.66, true)).isTrue();
        assertThat(Contrast.isLargeText(18.6, true)).isFalse();
        assertThat(Contrast.isLargeText(18.66, false)).isFalse();
    }

    @Test
    void requiredRatio_isFourAndAHalf_forNormalText_andThree_forLargeText() {
        assertThat(Contrast.requiredRatio(16, false)).isEqualTo(4.5);
        assertThat(Contrast.requiredRatio(20, true)).isEqualTo(3.0);
        assertThat(Contrast.requiredRatio(64, false)).isEqualTo(3.0);
    }
}
