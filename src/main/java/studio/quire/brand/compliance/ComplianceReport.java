package studio.quire.brand.compliance;

import java.util.List;

/**
 * The outcome of checking one variant against its brand kit. Each rule checked on each element
 * counts once in {@code checksRun}, however many findings it gave; it passed when it gave none.
 *
 * @param findings     what was found, errors first, then by rule, then in the variant's order
 * @param checksRun    how many checks ran
 * @param checksPassed how many of those found nothing
 * @param notRun       checks that could not judge an element (too short a text for reading ease)
 */
public record ComplianceReport(List<Finding> findings, int checksRun, int checksPassed, List<NotRun> notRun) {

    public ComplianceReport {
        findings = List.copyOf(findings);
        notRun = List.copyOf(notRun);
        if (checksRun < 0 || checksPassed < 0 || checksPassed > checksRun) {
            throw new IllegalArgumentException("A report passes between 0 and all of its checks (" + checksPassed + " of "
                    + checksRun + ")");
        }
    }

    public ComplianceReport(List<Finding> findings, int checksRun, int checksPassed) {
        this(findings, checksRun, checksPassed, List.of());
    }

    /** Checks passed ÷ checks run, from 0 to 1; 1 when nothing ran (nothing was found wrong). */
    public double score() {
        return checksRun == 0 ? 1.0 : (double) checksPassed / checksRun;
    }

    /** Whether any finding is an error. */
    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    /** The findings of one rule, in report order. */
    public List<Finding> findings(Rule rule) {
        return findings.stream().filter(f -> f.rule() == rule).toList();
    }
}
