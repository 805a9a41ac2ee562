package studio.quire.brand.compliance;

import org.junit.jupiter.api.Test;
import studio.quire.brand.KitFont;

import static org.assertj.core.api.Assertions.assertThat;

/** The sample the bench measures is the size it claims to be, and a fair workout for every rule. */
class SampleVariantsTest {

    @Test
    void typical_holdsThreeTextsOfTwentyToTwoHundredWords_oneLogo_sixColours() {
        SampleVariants.Sample sample = SampleVariants.typical();
        VariantFacts variant = sample.variant();

        assertThat(variant.texts()).hasSize(3)
                .allSatisfy(t -> assertThat(Sentences.words(t.text()).size()).isBetween(20, 200));
        assertThat(variant.logos()).hasSize(1);
        assertThat(variant.colours()).hasSize(6);
        assertThat(sample.kit().fonts()).extracting(KitFont::family)
                .containsAll(variant.texts().stream().map(TextFact::requestedFamily).distinct().toList());
    }

    @Test
    void typical_breaksAFewRules_asARealDraftDoes() {
        SampleVariants.Sample sample = SampleVariants.typical();

        ComplianceReport report = ComplianceCheck.check(sample.variant(), sample.kit());

        assertThat(report.findings()).extracting(Finding::rule).containsExactly(Rule.COLOUR_OFF_PALETTE,
                Rule.LOGO_CLEAR_SPACE, Rule.BANNED_WORD, Rule.PREFERRED_TERM, Rule.SENTENCE_LENGTH);
        assertThat(report.checksRun()).isEqualTo(36);
        assertThat(report.score()).isBetween(0.8, 0.9);
    }
}
