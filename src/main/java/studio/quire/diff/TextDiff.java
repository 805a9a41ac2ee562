package studio.quire.diff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares two texts the way a writer reads them (ADR 0014): paragraphs are aligned first, then
 * words (or sentences) inside the paragraphs that changed; a paragraph taken out in one place and
 * put in another is a move. Every input finishes within {@link DiffLimits}; where a bound is hit
 * the result is coarser and says so. Pure and thread-confined: run it off the FX thread.
 */
public final class TextDiff {
    /** Paragraphs at least this alike are shown as one changed paragraph rather than deleted and inserted. */
    static final double CHANGE_SIMILARITY = 0.5;

    private final DiffOptions options;
    private final WorkBudget budget;
    private final InnerDiff inner;

    private TextDiff(DiffOptions options) {
        this.options = options;
        this.budget = new WorkBudget(options.limits());
        this.inner = new InnerDiff(options, budget);
    }

    /** Compares {@code oldText} with {@code newText} (null counts as empty). */
    public static DiffResult compare(String oldText, String newText, DiffOptions options) {
        Objects.requireNonNull(options, "options");
        return new TextDiff(options).run(oldText == null ? "" : oldText, newText == null ? "" : newText);
    }

    /** Compares at word level, nothing ignored, default limits. */
    public static DiffResult compare(String oldText, String newText) {
        return compare(oldText, newText, DiffOptions.DEFAULT);
    }

    private DiffResult run(String oldText, String newText) {
        Paragraphs a = Paragraphs.of(oldText);
        Paragraphs b = Paragraphs.of(newText);
        String[] aKeys = keys(a);
        String[] bKeys = keys(b);
        int[] oldToNew = alignParagraphs(aKeys, bKeys);
        int[] moveFrom = exactMoves(a, b, aKeys, bKeys, oldToNew);
        List<ParagraphOp> ops = new RegionWalk(a, b, oldToNew, moveFrom, inner, options).ops();
        ops = new NearMoves(inner, budget).apply(ops);
        if (options.ignoreWhitespace()) {
            ops = ops.stream().map(this::ignoreBlank).toList();
        }
        boolean terminatorChanged = a.terminated() != b.terminated() && !options.ignoreWhitespace();
        return new DiffResult(ops, DiffStats.of(ops), budget.bounds(), a.size(), a.terminated(),
                b.terminated(), terminatorChanged);
    }

    /** A paragraph of nothing but ignored characters, added or removed, is an ignored blank line or two. */
    private ParagraphOp ignoreBlank(ParagraphOp op) {
        String text = op.kind() == ParagraphOp.Kind.INSERT ? op.newText() : op.oldText();
        boolean oneSided = op.kind() == ParagraphOp.Kind.INSERT || op.kind() == ParagraphOp.Kind.DELETE;
        return oneSided && Units.paragraphKey(text, options).isEmpty() ? op.asIgnored() : op;
    }

    private String[] keys(Paragraphs p) {
        String[] keys = new String[p.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = Units.paragraphKey(p.get(i), options);
        }
        return keys;
    }

    private int[] alignParagraphs(String[] aKeys, String[] bKeys) {
        Map<String, Integer> ids = new HashMap<>();
        int[] ak = new int[aKeys.length];
        int[] bk = new int[bKeys.length];
        for (int i = 0; i < ak.length; i++) {
            ak[i] = ids.computeIfAbsent(aKeys[i], k -> ids.size());
        }
        for (int j = 0; j < bk.length; j++) {
            bk[j] = ids.computeIfAbsent(bKeys[j], k -> ids.size());
        }
        BoundedMyers.Alignment alignment =
                BoundedMyers.align(ak, bk, options.limits().maxEdits(), budget.forNextAlignment());
        budget.spend(alignment.cells());
        if (!alignment.complete()) {
            budget.hit(budget.exhausted() ? DiffBound.TOTAL_WORK : DiffBound.PARAGRAPH_EDITS);
        }
        return alignment.oldToNew();
    }

    /**
     * For each new paragraph, the old paragraph it moved from (-1: none): unmatched paragraphs with
     * at least one word and equal keys on both sides, first come first served. Linear.
     */
    private static int[] exactMoves(Paragraphs a, Paragraphs b, String[] aKeys, String[] bKeys, int[] oldToNew) {
        boolean[] newMatched = new boolean[b.size()];
        Map<String, Deque<Integer>> unmatchedOld = new HashMap<>();
        for (int i = 0; i < oldToNew.length; i++) {
            if (oldToNew[i] >= 0) {
                newMatched[oldToNew[i]] = true;
            } else if (Tokens.words(a.get(i)) > 0) {
                unmatchedOld.computeIfAbsent(aKeys[i], k -> new ArrayDeque<>()).add(i);
            }
        }
        int[] moveFrom = new int[b.size()];
        java.util.Arrays.fill(moveFrom, -1);
        for (int j = 0; j < moveFrom.length; j++) {
            if (!newMatched[j]) {
                Deque<Integer> from = unmatchedOld.get(bKeys[j]);
                if (from != null && !from.isEmpty()) {
                    moveFrom[j] = from.poll();
                }
            }
        }
        return moveFrom;
    }
}
