package studio.quire.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a paragraph alignment into operations in reading order. Between two aligned paragraphs
 * lies a region of old and new paragraphs that did not align; moved paragraphs are taken out of
 * it, and the rest are paired greedily in order: alike enough, one changed paragraph; otherwise
 * the longer side gives a deletion or an insertion.
 */
final class RegionWalk {
    private final Paragraphs a;
    private final Paragraphs b;
    private final int[] oldToNew;
    private final int[] moveFrom;
    private final boolean[] movedAway;
    private final InnerDiff inner;
    private final DiffOptions options;
    private final List<ParagraphOp> ops = new ArrayList<>();

    RegionWalk(Paragraphs a, Paragraphs b, int[] oldToNew, int[] moveFrom, InnerDiff inner, DiffOptions options) {
        this.a = a;
        this.b = b;
        this.oldToNew = oldToNew;
        this.moveFrom = moveFrom;
        this.inner = inner;
        this.options = options;
        this.movedAway = new boolean[a.size()];
        for (int from : moveFrom) {
            if (from >= 0) {
                movedAway[from] = true;
            }
        }
    }

    List<ParagraphOp> ops() {
        int i0 = 0;
        int j0 = 0;
        for (int i = 0; i < oldToNew.length; i++) {
            int target = oldToNew[i];
            if (target < 0) {
                continue;
            }
            region(i0, i, j0, target);
            String oldText = a.get(i);
            String newText = b.get(target);
            ops.add(ParagraphOp.equal(i, target, oldText, newText));
            i0 = i + 1;
            j0 = target + 1;
        }
        region(i0, a.size(), j0, b.size());
        return ops;
    }

    private void region(int i0, int i1, int j0, int j1) {
        List<Integer> olds = new ArrayList<>();
        for (int i = i0; i < i1; i++) {
            if (!movedAway[i]) {
                olds.add(i);
            }
        }
        int oi = 0;
        int j = j0;
        int remainingNew = countUnmoved(j0, j1);
        while (j < j1 || oi < olds.size()) {
            if (j < j1 && moveFrom[j] >= 0) {
                ops.add(move(moveFrom[j], j));
                j++;
                continue;
            }
            int remainingOld = olds.size() - oi;
            if (remainingOld > 0 && remainingNew > 0) {
                int i = olds.get(oi);
                if (alike(a.get(i), b.get(j))) {
                    ops.add(change(i, j));
                    oi++;
                    j++;
                    remainingNew--;
                } else if (remainingOld >= remainingNew) {
                    ops.add(ParagraphOp.delete(i, a.get(i)));
                    oi++;
                } else {
                    ops.add(ParagraphOp.insert(j, b.get(j)));
                    j++;
                    remainingNew--;
                }
            } else if (remainingOld > 0) {
                int i = olds.get(oi++);
                ops.add(ParagraphOp.delete(i, a.get(i)));
            } else {
                ops.add(ParagraphOp.insert(j, b.get(j)));
                j++;
                remainingNew--;
            }
        }
    }

    private int countUnmoved(int j, int j1) {
        int n = 0;
        for (int k = j; k < j1; k++) {
            if (moveFrom[k] < 0) {
                n++;
            }
        }
        return n;
    }

    private boolean alike(String oldText, String newText) {
        if (Units.paragraphKey(oldText, options).equals(Units.paragraphKey(newText, options))) {
            return true;
        }
        return Similarity.of(oldText, newText) >= TextDiff.CHANGE_SIMILARITY;
    }

    private ParagraphOp change(int i, int j) {
        List<WordOp> words = inner.compare(a.get(i), b.get(j));
        boolean changed = words.stream().anyMatch(w -> w.kind() != WordOp.Kind.EQUAL);
        if (!changed) {
            return ParagraphOp.equal(i, j, a.get(i), b.get(j));
        }
        return new ParagraphOp(ParagraphOp.Kind.CHANGE, i, j, a.get(i), b.get(j), words);
    }

    private ParagraphOp move(int from, int to) {
        String oldText = a.get(from);
        String newText = b.get(to);
        return new ParagraphOp(ParagraphOp.Kind.MOVE, from, to, oldText, newText,
                List.of(WordOp.equal(oldText, newText)));
    }
}
