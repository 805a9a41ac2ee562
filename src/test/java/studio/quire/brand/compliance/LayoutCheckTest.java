package studio.quire.brand.compliance;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static studio.quire.brand.compliance.Facts.logo;
import static studio.quire.brand.compliance.Facts.text;
import static studio.quire.brand.compliance.Facts.variant;

/** Logos' clear space and size, and texts and logos inside the safe area. */
class LayoutCheckTest {

    private static ComplianceReport run(VariantFacts facts) {
        Tally tally = new Tally();
        LayoutCheck.check(facts, tally);
        return tally.report();
    }

    @Test
    void check_passesEverything_forALogoWithRoomAndATextInside() {
        ComplianceReport report = run(variant(List.of(text("Headline", "Ferries")), List.of(logo()), List.of(), List.of()));

        assertThat(report.findings()).isEmpty();
        assertThat(report.checksRun()).isEqualTo(3); // text safe area; logo safe area and clear space
    }

    @Test
    void check_findsATextPastTheSafeArea_sayingByHowMuchOnWhichSide() {
        TextFact headline = text("Headline", "Ferries", new Box(40, 100, 400, 100));
        TextFact footer = text("Footer", "Book now", new Box(600, 1000, 500, 40));

        ComplianceReport report = run(variant(List.of(headline, footer), List.of(), List.of(), List.of()));

        assertThat(report.findings(Rule.OUTSIDE_SAFE_AREA)).extracting(Finding::where, Finding::measured).containsExactly(
                tuple("Headline", "24 px at the left"),
                tuple("Footer", "24 px at the bottom, 84 px at the right"));
        assertThat(report.findings().get(0).message())
                .isEqualTo("Headline reaches past the safe area by 24 px at the left; the platform's own buttons and"
                        + " captions may cover it there, so move it inside");
        assertThat(report.findings().get(0).threshold()).isEqualTo("inside 64,64 – 1016,1016");
    }

    @Test
    void check_findsALogoPastTheSafeArea() {
        LogoFact low = new LogoFact("Mark", new Box(700, 950, 200, 100), 0, 0);

        ComplianceReport report = run(variant(List.of(), List.of(low), List.of(), List.of()));

        assertThat(report.findings(Rule.OUTSIDE_SAFE_AREA)).singleElement().extracting(Finding::measured)
                .isEqualTo("34 px at the bottom");
    }

    @Test
    void check_findsATextInsideTheLogosClearSpace_withTheGap() {
        // The logo is 100 px high, so 25 px stay clear; the text ends 10 px above it.
        TextFact caption = text("Caption", "Crossings hourly", new Box(600, 690, 300, 100));

        ComplianceReport report = run(variant(List.of(caption), List.of(logo()), List.of(), List.of()));

        assertThat(report.findings(Rule.LOGO_CLEAR_SPACE)).singleElement().satisfies(f -> {
            assertThat(f.where()).isEqualTo("Mark");
            assertThat(f.measured()).isEqualTo("10 px from Caption");
            assertThat(f.threshold()).isEqualTo("25 px clear on every side");
            assertThat(f.message()).isEqualTo("Mark is only 10 px from Caption; the kit keeps 25 px clear around it"
                    + " (0.25 × its 100 px height)");
        });
    }

    @Test
    void check_findsAnotherLogoAndOtherElementsInTheClearSpace_eachOnce() {
        LogoFact partner = new LogoFact("Partner", new Box(500, 800, 190, 100), 0, 0);
        Box photo = new Box(650, 700, 400, 120);

        ComplianceReport report = run(variant(List.of(), List.of(logo(), partner), List.of(photo), List.of()));

        assertThat(report.findings(Rule.LOGO_CLEAR_SPACE)).extracting(Finding::measured)
                .containsExactly("10 px from Partner", "overlapping the element at 650,700", "overlapping the element at 650,700");
        assertThat(report.checksRun()).isEqualTo(4);
        assertThat(report.checksPassed()).isEqualTo(2);
    }

    @Test
    void check_findsTheClearSpaceRunningPastTheCanvasEdge() {
        LogoFact corner = new LogoFact("Mark", new Box(1060, 10, 40, 20), 0, 0.5);

        ComplianceReport report = run(variant(List.of(), List.of(corner), List.of(), List.of()));

        assertThat(report.findings(Rule.LOGO_CLEAR_SPACE)).singleElement().extracting(Finding::message).asString()
                .startsWith("Mark sits 20 px past the edge of the canvas; the kit keeps 10 px clear around it");
    }

    @Test
    void check_letsElementsTouchALogo_whenItAsksForNoClearSpace() {
        LogoFact mark = new LogoFact("Mark", new Box(700, 800, 200, 100), 0, 0);
        Box besideIt = new Box(900, 800, 50, 100);
        Box onIt = new Box(850, 850, 50, 50);

        assertThat(run(variant(List.of(), List.of(mark), List.of(besideIt), List.of())).findings()).isEmpty();
        assertThat(run(variant(List.of(), List.of(mark), List.of(onIt), List.of())).findings(Rule.LOGO_CLEAR_SPACE))
                .extracting(Finding::measured).containsExactly("overlapping the element at 850,850");
    }

    @Test
    void check_findsALogoNarrowerThanTheKitAllows() {
        LogoFact small = new LogoFact("Mark", new Box(700, 800, 96, 48), 120, 0);

        ComplianceReport report = run(variant(List.of(), List.of(small), List.of(), List.of()));

        assertThat(report.findings(Rule.LOGO_MIN_WIDTH)).singleElement().satisfies(f -> {
            assertThat(f.measured()).isEqualTo("96 px wide");
            assertThat(f.threshold()).isEqualTo("at least 120 px wide");
            assertThat(f.message()).isEqualTo("Mark is shown 96 px wide; the kit never shows it narrower than 120 px,"
                    + " so make it larger");
        });
    }

    @Test
    void check_passesMinimumWidth_atExactlyTheMinimum_andSkipsItWithoutOne() {
        LogoFact exact = new LogoFact("Mark", new Box(700, 800, 120, 60), 120, 0);

        assertThat(run(variant(List.of(), List.of(exact), List.of(), List.of())).checksRun()).isEqualTo(3);
        assertThat(run(variant(List.of(), List.of(logo()), List.of(), List.of())).checksRun()).isEqualTo(2);
    }
}
