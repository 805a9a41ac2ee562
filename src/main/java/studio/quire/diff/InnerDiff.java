package studio.quire.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The runs kept, inserted and deleted inside one changed paragraph. When the alignment at the
 * chosen granularity hits a bound, the paragraph is compared by sentence, and failing that replaced
 * whole: coarser, still exact.
 */
final class InnerDiff {
    private final DiffOptions options;
    private final WorkBudget budget;

    InnerDiff(DiffOptions options, WorkBudget budget) {
        this.options = options;
        this.budget = budget;
    }

    List<WordOp> compare(String oldText, String newText) {
        Granularity granularity = options.granularity();
        while (true) {
            List<WordOp> ops = compareAt(granularity, oldText, newText);
            if (ops != null) {
                return ops;
            }
            budget.hit(budget.exhausted() ? DiffBound.TOTAL_WORK : DiffBound.WORD_EDITS);
            granularity = granularity == Granularity.WORD ? Granularity.SENTENCE : Granularity.PARAGRAPH;
        }
    }

    private List<WordOp> compareAt(Granularity granularity, String oldText, String newText) {
        List<Units.Unit> a = Units.of(oldText, granularity, options);
        List<Units.Unit> b = Units.of(newText, granularity, options);
        Map<String, Integer> ids = new HashMap<>();
        int[] ak = intern(a, ids);
        int[] bk = intern(b, ids);
        BoundedMyers.Alignment alignment;
        if (granularity == Granularity.PARAGRAPH) {
            // a single unit a side: nothing to search, and this level must always succeed
            alignment = BoundedMyers.align(ak, bk, 2, Long.MAX_VALUE);
        } else {
            alignment = BoundedMyers.align(ak, bk, budget.limits().maxEdits(), budget.forNextAlignment());
        }
        if (!alignment.complete()) {
            budget.spend(alignment.cells());
            return null;
        }
        budget.spend(alignment.cells() + a.size() + b.size());
        return walk(a, b, alignment.oldToNew());
    }

    private static int[] intern(List<Units.Unit> units, Map<String, Integer> ids) {
        int[] keys = new int[units.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = ids.computeIfAbsent(units.get(i).key(), k -> ids.size());
        }
        return keys;
    }

    private static List<WordOp> walk(List<Units.Unit> a, List<Units.Unit> b, int[] oldToNew) {
        Runs runs = new Runs();
        int j = 0;
        for (int i = 0; i < a.size(); i++) {
            int target = oldToNew[i];
            if (target < 0) {
                runs.add(WordOp.Kind.DELETE, a.get(i).text(), "");
                continue;
            }
            while (j < target) {
                runs.add(WordOp.Kind.INSERT, "", b.get(j++).text());
            }
            runs.add(WordOp.Kind.EQUAL, a.get(i).text(), b.get(j++).text());
        }
        while (j < b.size()) {
            runs.add(WordOp.Kind.INSERT, "", b.get(j++).text());
        }
        return runs.ops();
    }

    /** Joins neighbouring runs of one kind, keeping deletions before insertions within a replaced stretch. */
    private static final class Runs {
        private final List<WordOp> ops = new ArrayList<>();
        private WordOp.Kind kind;
        private final StringBuilder oldText = new StringBuilder();
        private final StringBuilder newText = new StringBuilder();

        void add(WordOp.Kind k, String o, String n) {
            if (k != kind) {
                flush();
                kind = k;
            }
            oldText.append(o);
            newText.append(n);
        }

        private void flush() {
            if (kind != null) {
                ops.add(new WordOp(kind, oldText.toString(), newText.toString()));
            }
            oldText.setLength(0);
            newText.setLength(0);
        }

        List<WordOp> ops() {
            flush();
            kind = null;
            return ops;
        }
    }
}
