package studio.quire.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds paragraphs deleted in one place and inserted, slightly edited, in another, and reports
 * each pair as one MOVE with the edits inside. Pairs compared are bounded by
 * {@link DiffLimits#maxMoveComparisons()}; past it only the moves already found are kept.
 */
final class NearMoves {
    /** Paragraphs at least this alike (Dice over words) are one paragraph moved. */
    static final double MOVE_SIMILARITY = 0.8;
    /** Shorter paragraphs are too easily alike by chance to call moved unless identical. */
    static final int MIN_WORDS = 4;

    private final InnerDiff inner;
    private final WorkBudget budget;

    NearMoves(InnerDiff inner, WorkBudget budget) {
        this.inner = inner;
        this.budget = budget;
    }

    List<ParagraphOp> apply(List<ParagraphOp> ops) {
        List<Integer> deletes = new ArrayList<>();
        List<Integer> inserts = new ArrayList<>();
        for (int k = 0; k < ops.size(); k++) {
            ParagraphOp op = ops.get(k);
            if (op.kind() == ParagraphOp.Kind.DELETE && Tokens.words(op.oldText()) >= MIN_WORDS) {
                deletes.add(k);
            } else if (op.kind() == ParagraphOp.Kind.INSERT && Tokens.words(op.newText()) >= MIN_WORDS) {
                inserts.add(k);
            }
        }
        if (deletes.isEmpty() || inserts.isEmpty()) {
            return ops;
        }
        List<Map<String, Integer>> deleteWords = new ArrayList<>();
        int[] deleteSizes = new int[deletes.size()];
        for (int d = 0; d < deletes.size(); d++) {
            deleteWords.add(Similarity.words(ops.get(deletes.get(d)).oldText()));
            deleteSizes[d] = Similarity.size(deleteWords.get(d));
        }
        boolean[] used = new boolean[deletes.size()];
        List<ParagraphOp> result = new ArrayList<>(ops);
        boolean[] drop = new boolean[ops.size()];
        long comparisons = 0;
        long limit = budget.limits().maxMoveComparisons();
        outer:
        for (int insertAt : inserts) {
            ParagraphOp insert = ops.get(insertAt);
            Map<String, Integer> words = Similarity.words(insert.newText());
            int size = Similarity.size(words);
            int best = -1;
            double bestScore = MOVE_SIMILARITY;
            for (int d = 0; d < deletes.size(); d++) {
                if (used[d] || !sizesCompatible(size, deleteSizes[d])) {
                    continue;
                }
                if (++comparisons > limit) {
                    budget.hit(DiffBound.MOVE_COMPARISONS);
                    break outer;
                }
                double score = Similarity.of(words, size, deleteWords.get(d), deleteSizes[d]);
                if (score >= bestScore) {
                    bestScore = score;
                    best = d;
                }
            }
            if (best >= 0) {
                used[best] = true;
                ParagraphOp delete = ops.get(deletes.get(best));
                drop[deletes.get(best)] = true;
                result.set(insertAt, new ParagraphOp(ParagraphOp.Kind.MOVE, delete.oldIndex(), insert.newIndex(),
                        delete.oldText(), insert.newText(), inner.compare(delete.oldText(), insert.newText())));
            }
        }
        List<ParagraphOp> kept = new ArrayList<>(result.size());
        for (int k = 0; k < result.size(); k++) {
            if (!drop[k]) {
                kept.add(result.get(k));
            }
        }
        return kept;
    }

    /** Dice ≥ 0.8 needs the smaller paragraph to hold at least two thirds of the larger's words. */
    private static boolean sizesCompatible(int x, int y) {
        return 3L * Math.min(x, y) >= 2L * Math.max(x, y);
    }
}
