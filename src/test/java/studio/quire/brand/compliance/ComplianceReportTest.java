package studio.quire.brand.compliance;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The report's score and its own rules. */
class ComplianceReportTest {
    private static final Finding WARNING = new Finding(Rule.PREFERRED_TERM, Severity.WARNING, "Body", "\"boat\"",
            "\"ferry\"", "Body: write \"ferry\" instead of \"boat\"");
    private static final Finding ERROR = new Finding(Rule.CONTRAST, Severity.ERROR, "Headline", "3.2:1", "4.5:1",
            "Headline: contrast 3.2:1 on #FFFFFF is below 4.5:1 for text this size");

    @Test
    void score_isChecksPassedOverChecksRun() {
        assertThat(new ComplianceReport(List.of(ERROR), 8, 6).score()).isEqualTo(0.75);
    }

    @Test
    void score_isOne_whenNothingRan() {
        assertThat(new ComplianceReport(List.of(), 0, 0).score()).isEqualTo(1.0);
    }

    @Test
    void constructor_refusesMorePassedThanRun() {
        assertThatThrownBy(() -> new ComplianceReport(List.of(), 2, 3)).hasMessageContaining("3 of 2");
    }

    @Test
    void hasErrors_isTrue_onlyWhenSomeFindingIsAnError() {
        assertThat(new ComplianceReport(List.of(WARNING), 2, 1).hasErrors()).isFalse();
        assertThat(new ComplianceReport(List.of(WARNING, ERROR), 2, 0).hasErrors()).isTrue();
    }

    @Test
    void findings_ofOneRule_keepsReportOrder() {
        ComplianceReport report = new ComplianceReport(List.of(ERROR, WARNING), 2, 0);

        assertThat(report.findings(Rule.PREFERRED_TERM)).containsExactly(WARNING);
        assertThat(report.notRun()).isEmpty();
        assertThat(WARNING.hasSpan()).isFalse();
    }
}
