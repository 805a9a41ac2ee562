package studio.quire.brand.compliance;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How findings write numbers and colours. */
class FormatsTest {

    @Test
    void ratio_cutsToTwoDecimals_soJustUnderNeverReadsAsTheThreshold() {
        assertThat(Formats.ratio(4.4999)).isEqualTo("4.49:1");
        assertThat(Formats.ratio(3.2)).isEqualTo("3.2:1");
        assertThat(Formats.ratio(21.0)).isEqualTo("21:1");
    }

    @Test
    void hex_isUpperCaseWithAHash() {
        assertThat(Formats.hex(0x1a6fb0)).isEqualTo("#1A6FB0");
        assertThat(Formats.hex(0)).isEqualTo("#000000");
    }

    @Test
    void px_keepsAtMostOneDecimal() {
        assertThat(Formats.px(40)).isEqualTo("40 px");
        assertThat(Formats.px(12.46)).isEqualTo("12.5 px");
        assertThat(Formats.px(0.0)).isEqualTo("0 px");
    }
}
