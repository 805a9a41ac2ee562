package studio.quire.brand.compliance;

import org.junit.jupiter.api.Test;
import studio.quire.brand.BrandKit;
import studio.quire.brand.PreferredTerm;
import studio.quire.brand.VoiceRules;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static studio.quire.brand.compliance.Facts.INK;
import static studio.quire.brand.compliance.Facts.WHITE;
import static studio.quire.brand.compliance.Facts.kit;
import static studio.quire.brand.compliance.Facts.text;
import static studio.quire.brand.compliance.Facts.texts;
import static studio.quire.brand.compliance.Facts.variant;

/** The whole check of one variant: what it runs, what it finds, and how it counts. */
class ComplianceCheckTest {

    private static TextFact coloured(double sizePx, boolean bold, int colour, int background) {
        return new TextFact("Headline", "Ferries", "Inter", "Inter", sizePx, bold, colour, background,
                new Box(100, 100, 400, 100), 0);
    }

    @Test
    void check_passesEveryCheck_forACompliantText() {
        ComplianceReport report = ComplianceCheck.check(texts(text("Headline", "Ferries every hour")), kit());

        assertThat(report.findings()).isEmpty();
        assertThat(report.checksRun()).isEqualTo(4); // contrast, font in kit, font installed, safe area
        assertThat(report.score()).isEqualTo(1.0);
    }

    @Test
    void check_findsLowContrast_inADesignersWords() {
        ComplianceReport report = ComplianceCheck.check(texts(coloured(16, false, 0x999999, WHITE)), kit());

        assertThat(report.findings(Rule.CONTRAST)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.measured()).isEqualTo("2.84:1");
            assertThat(f.threshold()).isEqualTo("4.5:1");
            assertThat(f.message()).isEqualTo("Headline: contrast 2.84:1 on #FFFFFF is below 4.5:1 for text this size;"
                    + " make the text darker or the background lighter");
        });
    }

    @Test
    void check_neverShowsARatioJustUnderTheThreshold_asTheThreshold() {
        ComplianceReport report = ComplianceCheck.check(texts(coloured(16, false, 0x777777, WHITE)), kit());

        assertThat(report.findings(Rule.CONTRAST)).singleElement().extracting(Finding::measured).isEqualTo("4.47:1");
    }

    @Test
    void check_asksOnlyThreeToOne_ofLargeText_andSaysWhichWayToGo_forLightText() {
        TextFact large = coloured(24, false, 0x767676, 0xEEEEEE); // about 3.9:1
        TextFact lightOnLight = coloured(40, false, WHITE, 0xBBBBBB);

        assertThat(ComplianceCheck.check(texts(large), kit()).findings(Rule.CONTRAST)).isEmpty();
        assertThat(ComplianceCheck.check(texts(lightOnLight), kit()).findings(Rule.CONTRAST)).singleElement()
                .extracting(Finding::message).asString().endsWith("make the text lighter or the background darker");
    }

    @Test
    void check_findsAColourOffThePalette_namingTheNearestKitColourAndTheDistance() {
        VariantFacts facts = variant(List.of(), List.of(), List.of(), List.of(new ColourUse("Button fill", 0xE8553F)));

        ComplianceReport report = ComplianceCheck.check(facts, kit());

        assertThat(report.findings(Rule.COLOUR_OFF_PALETTE)).singleElement().satisfies(f -> {
            assertThat(f.where()).isEqualTo("Button fill");
            assertThat(f.measured()).startsWith("ΔE 5.").endsWith(" from Coral");
            assertThat(f.message()).startsWith("Button fill: #E8553F is not a kit colour; the nearest is Coral (#F26B4F), ΔE 5.")
                    .endsWith("away, and the kit allows at most 2");
        });
    }

    @Test
    void check_acceptsAColourWithinDeltaETwoOfTheKit_andSkipsPaletteWithoutKitColours() {
        VariantFacts facts = variant(List.of(), List.of(), List.of(),
                List.of(new ColourUse("Headline", INK + 0x010101), new ColourUse("Panel", WHITE)));
        BrandKit noColours = kit().withColours(List.of());

        ComplianceReport report = ComplianceCheck.check(facts, kit());

        assertThat(report.findings()).isEmpty();
        assertThat(report.checksRun()).isEqualTo(2);
        assertThat(ComplianceCheck.check(facts, noColours).checksRun()).isZero();
    }

    @Test
    void check_findsAFontThatIsNotInTheKit() {
        TextFact comic = new TextFact("Headline", "Ferries", "Comic Sans MS", "Comic Sans MS", 32, false, INK, WHITE,
                new Box(100, 100, 400, 100), 0);

        ComplianceReport report = ComplianceCheck.check(texts(comic), kit());

        assertThat(report.findings(Rule.FONT_NOT_IN_KIT)).singleElement().extracting(Finding::message)
                .isEqualTo("Headline is set in Comic Sans MS, which is not one of the kit's fonts (Inter, Source Serif 4)");
    }

    @Test
    void check_saysAFontIsNotInstalled_insteadOfFallingBackSilently() {
        TextFact fallback = new TextFact("Headline", "Ferries", "Source Serif 4", "System", 32, false, INK, WHITE,
                new Box(100, 100, 400, 100), 0);

        ComplianceReport report = ComplianceCheck.check(texts(fallback), kit());

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.FONT_NOT_INSTALLED);
            assertThat(f.measured()).isEqualTo("System");
            assertThat(f.message()).isEqualTo("Headline: Source Serif 4 is not installed on this computer; the preview"
                    + " shows System instead. Install Source Serif 4 before exporting");
        });
    }

    @Test
    void check_findsTextOverItsSlotsLimit_countingCharactersNotCodeUnits() {
        TextFact over = new TextFact("Headline", "Ferries every hour", "Inter", "Inter", 32, false, INK, WHITE,
                new Box(100, 100, 400, 100), 10);
        TextFact emoji = new TextFact("Tag", "⛴⛴⛴\uD83D\uDEA2", "Inter", "Inter", 32, false, INK, WHITE,
                new Box(100, 300, 400, 100), 4);

        ComplianceReport report = ComplianceCheck.check(texts(over, emoji), kit());

        assertThat(report.findings(Rule.TEXT_OVER_LIMIT)).singleElement().extracting(Finding::message)
                .isEqualTo("Headline has 18 characters, 8 over this slot's limit of 10; shorten it");
    }

    @Test
    void check_runsTheVoiceRules_onEveryText() {
        VoiceRules voice = new VoiceRules(List.of("cheap"), List.of(), 0, 0, 100);

        ComplianceReport report = ComplianceCheck.check(texts(text("Headline", "Cheap, cheap boats"),
                text("Body", "Fair fares", new Box(100, 300, 400, 100))), kit(voice));

        assertThat(report.findings(Rule.BANNED_WORD)).extracting(Finding::where)
                .containsExactly("Headline, characters 1–5", "Headline, characters 8–12");
        // Each text's banned-word check counts once, however many words it finds.
        assertThat(report.checksRun()).isEqualTo(10);
        assertThat(report.checksPassed()).isEqualTo(9);
    }

    @Test
    void check_leavesBlankTextsAlone_whateverElseIsWrongWithThem() {
        TextFact wrong = new TextFact("Caption", "Ferries", "Nope", "Other", 16, false, WHITE, WHITE, new Box(-50, 0, 10, 10), 1);
        TextFact blank = new TextFact("Caption", "  ", "Nope", "Other", 16, false, WHITE, WHITE, new Box(-50, 0, 10, 10), 1);

        assertThat(ComplianceCheck.check(texts(wrong), kit()).findings()).hasSize(5);
        assertThat(ComplianceCheck.check(texts(blank), kit()).checksRun()).isZero();
    }

    @Test
    void check_listsErrorsFirst_thenByRule_inTheVariantsOrder() {
        VoiceRules voice = new VoiceRules(List.of(), List.of(new PreferredTerm("buy", "purchase")), 0, 0, 100);
        TextFact first = new TextFact("First", "Purchase a boat ticket", "Inter", "System", 16, false, 0x999999, WHITE,
                new Box(100, 100, 400, 100), 0);
        TextFact second = new TextFact("Second", "Purchase", "Inter", "Inter", 16, false, 0x999999, WHITE,
                new Box(100, 300, 400, 100), 0);

        ComplianceReport report = ComplianceCheck.check(texts(first, second), kit(voice));

        assertThat(report.findings()).extracting(f -> f.rule() + " " + f.where().split(",")[0]).containsExactly(
                "CONTRAST First", "CONTRAST Second", "FONT_NOT_INSTALLED First", "PREFERRED_TERM First",
                "PREFERRED_TERM Second");
    }

    @Test
    void check_givesTheSameReport_forTheSameFactsAndKit() {
        SampleVariants.Sample sample = SampleVariants.typical();

        ComplianceReport first = ComplianceCheck.check(sample.variant(), sample.kit());
        ComplianceReport second = ComplianceCheck.check(SampleVariants.typical().variant(), SampleVariants.typical().kit());

        assertThat(second).isEqualTo(first);
        assertThat(first.findings()).isNotEmpty();
    }

    @Test
    void check_scoresOne_whenNothingRan() {
        VariantFacts nothing = variant(List.of(), List.of(), List.of(), List.of());

        ComplianceReport report = ComplianceCheck.check(nothing, kit());

        assertThat(report.checksRun()).isZero();
        assertThat(report.score()).isEqualTo(1.0);
    }
}
