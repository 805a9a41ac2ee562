package studio.quire.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A comparison of two texts: operations on paragraphs in the new text's order (deletions where
 * they were), statistics, and the bounds hit, if any. {@link #apply(String)} turns the old text into
 * the new one exactly, whatever the options and bounds.
 */
public final class DiffResult {
    private final List<ParagraphOp> ops;
    private final DiffStats stats;
    private final Set<DiffBound> bounds;
    private final int oldParagraphs;
    private final boolean oldTerminated;
    private final boolean newTerminated;
    private final boolean terminatorChanged;

    DiffResult(List<ParagraphOp> ops, DiffStats stats, Set<DiffBound> bounds, int oldParagraphs,
               boolean oldTerminated, boolean newTerminated, boolean terminatorChanged) {
        this.ops = List.copyOf(ops);
        this.stats = stats;
        this.bounds = Set.copyOf(bounds);
        this.oldParagraphs = oldParagraphs;
        this.oldTerminated = oldTerminated;
        this.newTerminated = newTerminated;
        this.terminatorChanged = terminatorChanged;
    }

    /** The operations, in the new text's order; deletions stand where the paragraph was. */
    public List<ParagraphOp> operations() {
        return ops;
    }

    /** Only the operations a writer sees as changes (everything but EQUAL). */
    public List<ParagraphOp> changes() {
        return ops.stream().filter(ParagraphOp::isChange).toList();
    }

    public DiffStats stats() {
        return stats;
    }

    /** Whether a bound on work was hit, so some region is reported more coarsely than it could be. */
    public boolean coarsened() {
        return !bounds.isEmpty();
    }

    /** The bounds hit (empty when the result is as fine as the options asked). */
    public Set<DiffBound> coarsenedBy() {
        return bounds;
    }

    /** Whether the texts differ in a way the options do not ignore. */
    public boolean hasChanges() {
        return terminatorChanged || ops.stream().anyMatch(ParagraphOp::isChange);
    }

    /**
     * The new text, built from {@code oldText} and these operations.
     *
     * @throws IllegalArgumentException if {@code oldText} is not the text this result was computed from
     */
    public String apply(String oldText) {
        Paragraphs old = Paragraphs.of(oldText == null ? "" : oldText);
        if (old.size() != oldParagraphs || old.terminated() != oldTerminated) {
            throw new IllegalArgumentException("this comparison was made from another text");
        }
        List<String> out = new ArrayList<>();
        for (ParagraphOp op : ops) {
            switch (op.kind()) {
                case DELETE -> expect(old, op.oldIndex(), op.oldText());
                case INSERT -> out.add(op.newText());
                case EQUAL -> {
                    expect(old, op.oldIndex(), op.oldText());
                    out.add(op.newText());
                }
                case CHANGE, MOVE -> {
                    StringBuilder before = new StringBuilder();
                    StringBuilder after = new StringBuilder();
                    for (WordOp w : op.words()) {
                        before.append(w.oldText());
                        after.append(w.newText());
                    }
                    expect(old, op.oldIndex(), before.toString());
                    out.add(after.toString());
                }
                default -> throw new IllegalStateException(op.kind().toString());
            }
        }
        return Paragraphs.join(out, newTerminated);
    }

    private static void expect(Paragraphs old, int index, String text) {
        if (index < 0 || index >= old.size() || !old.get(index).equals(text)) {
            throw new IllegalArgumentException("this comparison was made from another text (paragraph " + index + ")");
        }
    }
}
