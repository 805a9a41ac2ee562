package studio.quire.brand.compliance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Counts checks while a variant is checked, and keeps what they found. Not thread-safe: one per check. */
final class Tally {
    private static final Comparator<Finding> REPORT_ORDER =
            Comparator.comparing(Finding::severity).thenComparing(Finding::rule);

    private final List<Finding> findings = new ArrayList<>();
    private final List<NotRun> notRun = new ArrayList<>();
    private int run;
    private int passed;

    /** One check of one rule on one element: it passed when it found nothing. */
    void checked(List<Finding> found) {
        run++;
        if (found.isEmpty()) {
            passed++;
        } else {
            findings.addAll(found);
        }
    }

    /** One check that found at most one thing ({@code null}: passed). */
    void checked(Finding foundOrNull) {
        checked(foundOrNull == null ? List.of() : List.of(foundOrNull));
    }

    void notRun(Rule rule, String where, String reason) {
        notRun.add(new NotRun(rule, where, reason));
    }

    ComplianceReport report() {
        List<Finding> ordered = new ArrayList<>(findings);
        ordered.sort(REPORT_ORDER); // stable: within a rule, the variant's own order stays
        return new ComplianceReport(ordered, run, passed, notRun);
    }
}
