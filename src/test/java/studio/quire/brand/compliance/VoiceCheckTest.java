package studio.quire.brand.compliance;

import org.junit.jupiter.api.Test;
import studio.quire.brand.PreferredTerm;
import studio.quire.brand.VoiceRules;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The kit's voice rules on one text: banned words, preferred terms, sentence length, reading band. */
class VoiceCheckTest {
    private static final String PLAIN = "Our boats leave every hour. Bring your bike. The last boat home leaves at ten.";

    private static ComplianceReport run(VoiceRules rules, String text) {
        Tally tally = new Tally();
        new VoiceCheck(rules).check("Body", text, tally);
        return tally.report();
    }

    private static VoiceRules banned(String... words) {
        return new VoiceRules(List.of(words), List.of(), 0, 0, 100);
    }

    @Test
    void check_findsEveryBannedWord_wholeWordsIgnoringCase_withItsCharacters() {
        String text = "Cheap fares! So cheap, cheapest of all: CHEAP.";

        ComplianceReport report = run(banned("cheap"), text);

        assertThat(report.findings()).extracting(Finding::span)
                .containsExactly(new TextSpan(0, 5), new TextSpan(16, 21), new TextSpan(40, 45));
        assertThat(report.findings()).allSatisfy(f -> assertThat(f.rule()).isEqualTo(Rule.BANNED_WORD));
        assertThat(report.findings().get(1).where()).isEqualTo("Body, characters 17–21");
        assertThat(report.findings().get(1).message())
                .isEqualTo("Body: \"cheap\" is on this brand's list of words never to use (characters 17–21)");
        assertThat(report.checksRun()).isEqualTo(1);
        assertThat(report.checksPassed()).isZero();
    }

    @Test
    void check_findsABannedPhrase_acrossAnyRunOfSpaces() {
        ComplianceReport report = run(banned("world class"), "A world\n  class crew, and a worldclass view.");

        assertThat(report.findings()).singleElement().extracting(Finding::measured).isEqualTo("\"world\n  class\"");
    }

    @Test
    void check_passes_whenNoBannedWordIsUsed() {
        ComplianceReport report = run(banned("synergy"), PLAIN);

        assertThat(report.findings()).isEmpty();
        assertThat(report.checksPassed()).isEqualTo(1).isEqualTo(report.checksRun());
    }

    @Test
    void check_suggestsThePreferredTerm_inTheCaseItWasWritten() {
        VoiceRules rules = new VoiceRules(List.of(), List.of(new PreferredTerm("sign in", "log in")), 0, 0, 100);

        ComplianceReport report = run(rules, "Log in to book. Then log  in again, or LOG IN.");

        assertThat(report.findings()).extracting(Finding::threshold).containsExactly("\"Sign in\"", "\"sign in\"", "\"SIGN IN\"");
        assertThat(report.findings().get(0).message()).isEqualTo("Body: write \"Sign in\" instead of \"Log in\" (characters 1–6)");
        assertThat(report.findings()).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void check_findsEachSentenceOverTheLimit_withItsWordCount() {
        VoiceRules rules = new VoiceRules(List.of(), List.of(), 5, 0, 100);
        String text = "Short one. This sentence has far more than five words in it. Fine too.";

        ComplianceReport report = run(rules, text);

        Finding finding = report.findings().get(0);
        assertThat(report.findings()).hasSize(1);
        assertThat(finding.rule()).isEqualTo(Rule.SENTENCE_LENGTH);
        assertThat(finding.measured()).isEqualTo("10 words");
        assertThat(text.substring(finding.span().start(), finding.span().end()))
                .isEqualTo("This sentence has far more than five words in it.");
        assertThat(finding.message()).startsWith("Body: sentence 2 has 10 words; this brand keeps sentences to 5 or fewer");
    }

    @Test
    void check_findsReadingEaseBelowTheBand_andSaysHowToBringItUp() {
        VoiceRules rules = new VoiceRules(List.of(), List.of(), 0, 90, 100);

        ComplianceReport report = run(rules, PLAIN + " Unquestionably, organisational responsibilities necessitate deliberation.");

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.READING_EASE);
            assertThat(f.threshold()).isEqualTo("90–100");
            assertThat(f.message()).contains("is below this brand's band of 90–100");
        });
    }

    @Test
    void check_findsReadingEaseAboveTheBand() {
        VoiceRules rules = new VoiceRules(List.of(), List.of(), 0, 0, 40);

        ComplianceReport report = run(rules, PLAIN);

        assertThat(report.findings()).singleElement().extracting(Finding::message).asString()
                .contains("is above this brand's band of 0–40");
    }

    @Test
    void check_passesReadingEase_insideTheBand() {
        ComplianceReport report = run(new VoiceRules(List.of(), List.of(), 0, 20, 100), PLAIN);

        assertThat(report.findings()).isEmpty();
        assertThat(report.checksRun()).isEqualTo(1);
    }

    @Test
    void check_doesNotJudgeReadingEase_underFiftyCharacters_andSaysSo() {
        ComplianceReport report = run(new VoiceRules(List.of(), List.of(), 0, 60, 80), "Ferries every hour.");

        assertThat(report.checksRun()).isZero();
        assertThat(report.findings()).isEmpty();
        assertThat(report.notRun()).singleElement().satisfies(n -> {
            assertThat(n.rule()).isEqualTo(Rule.READING_EASE);
            assertThat(n.reason()).contains("not judged").contains("19 characters").contains("under 50");
        });
    }

    @Test
    void check_runsNothing_whenTheKitSetsNoVoiceRules() {
        ComplianceReport report = run(VoiceRules.NONE, PLAIN);

        assertThat(report.checksRun()).isZero();
        assertThat(report.notRun()).isEmpty();
    }
}
