package studio.quire.brand.variants;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import studio.quire.brand.compliance.ComplianceReport;
import studio.quire.brand.compliance.Finding;
import studio.quire.brand.compliance.Severity;
import studio.quire.brand.platform.PlatformSpec;
import studio.quire.brand.render.RenderFacts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One placement on the variants page: its name and size, its compliance score, its findings in
 * words (where, what, why), and whether its PNG is being written. Changed by the view model only.
 */
public final class VariantRow {
    static final String CHECKING = "Checking…";
    private final PlatformSpec spec;
    private final ReadOnlyStringWrapper score = new ReadOnlyStringWrapper(CHECKING);
    private final ReadOnlyStringWrapper findingsLink = new ReadOnlyStringWrapper("");
    private final ObservableList<String> findings = FXCollections.observableArrayList();
    private final ObservableList<String> findingsView = FXCollections.unmodifiableObservableList(findings);
    private final ReadOnlyBooleanWrapper errors = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(false);
    private RenderFacts facts;

    VariantRow(PlatformSpec spec) {
        this.spec = spec;
    }

    public PlatformSpec spec() {
        return spec;
    }

    public String platformId() {
        return spec.id();
    }

    /** "Instagram story or reel · 1080 × 1920". */
    public String name() {
        return spec.name() + " · " + spec.width() + " × " + spec.height();
    }

    /** "31 of 36 checks · 86 %", or "Checking…" until the variant is drawn and checked. */
    public ReadOnlyStringProperty scoreProperty() {
        return score.getReadOnlyProperty();
    }

    /** "No findings", "1 finding", "5 findings"; empty until checked. */
    public ReadOnlyStringProperty findingsLinkProperty() {
        return findingsLink.getReadOnlyProperty();
    }

    /** Each finding as a sentence that says where it is, what was measured and why it matters; problems drawing last. */
    public ObservableList<String> findings() {
        return findingsView;
    }

    public ReadOnlyBooleanProperty hasErrorsProperty() {
        return errors.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    RenderFacts facts() {
        return facts;
    }

    void rendered(RenderFacts newFacts) {
        facts = newFacts;
        score.set(CHECKING);
    }

    void exporting(boolean running) {
        exporting.set(running);
    }

    void checked(ComplianceReport report, List<String> problems) {
        score.set(scoreText(report));
        List<String> lines = new ArrayList<>();
        for (Finding finding : report.findings()) {
            lines.add(line(finding));
        }
        for (String problem : problems) {
            lines.add("Drawing · " + problem);
        }
        findings.setAll(lines);
        errors.set(report.hasErrors() || !problems.isEmpty());
        findingsLink.set(lines.isEmpty() ? "No findings" : lines.size() == 1 ? "1 finding" : lines.size() + " findings");
    }

    static String scoreText(ComplianceReport report) {
        long percent = Math.round(report.score() * 100);
        return report.checksPassed() + " of " + report.checksRun() + " checks · " + percent + " %";
    }

    /** "Error · Title: contrast 2.1:1 on #F4EBD9 is below 4.5:1 …" (the message names where and says why). */
    static String line(Finding finding) {
        String severity = finding.severity() == Severity.ERROR ? "Error" : "Warning";
        String message = finding.message();
        String where = message.toLowerCase(Locale.ROOT).startsWith(finding.where().toLowerCase(Locale.ROOT))
                ? "" : finding.where() + ": ";
        return severity + " · " + where + message;
    }
}
