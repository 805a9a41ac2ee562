package studio.quire.compare.view;

import studio.quire.compare.ChangeKind;
import studio.quire.compare.Comparison;
import studio.quire.diff.DiffStats;

import java.util.ArrayList;
import java.util.List;

/** The one-line sums the comparison window shows, in the writer's words. */
final class ComparisonSummary {
    static final String NO_DIFFERENCES = "No differences";
    static final String COARSENED = "The texts differ too much to compare word by word everywhere; "
            + "some passages are shown whole.";

    private ComparisonSummary() {
    }

    /** E.g. "120 words added · 40 removed · 12 changed · 2 paragraphs moved", or "No differences". */
    static String stats(Comparison comparison) {
        if (comparison.changes().isEmpty()) {
            return NO_DIFFERENCES;
        }
        DiffStats s = comparison.stats();
        List<String> parts = new ArrayList<>();
        boolean wordsNamed = false;
        for (int[] count : new int[][] {{s.wordsAdded(), 0}, {s.wordsRemoved(), 1}, {s.wordsChanged(), 2}}) {
            if (count[0] > 0) {
                String verb = count[1] == 0 ? "added" : count[1] == 1 ? "removed" : "changed";
                parts.add(count[0] + (wordsNamed ? "" : count[0] == 1 ? " word" : " words") + " " + verb);
                wordsNamed = true;
            }
        }
        if (s.paragraphsMoved() > 0) {
            parts.add(plural(s.paragraphsMoved(), "paragraph") + " moved");
        }
        long formatting = comparison.changes().stream().filter(c -> c.kind() == ChangeKind.REFORMATTED).count();
        if (formatting > 0) {
            parts.add(plural((int) formatting, "formatting change"));
        }
        return parts.isEmpty() ? plural(comparison.changes().size(), "change") : String.join(" · ", parts);
    }

    /** E.g. "3 of 17 changes rejected", or "All 17 changes accepted". */
    static String choices(int rejected, int total) {
        if (total == 0) {
            return "";
        }
        if (rejected == 0) {
            return total == 1 ? "The change is accepted" : "All " + total + " changes accepted";
        }
        return rejected + " of " + plural(total, "change") + " rejected";
    }

    static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
