package studio.quire.compare;

import java.util.BitSet;

/**
 * Which changes of a comparison are accepted (the newer side is taken) and which rejected (the
 * older side is kept). Immutable; every change starts accepted, so the merged text starts as the
 * newer text.
 */
public final class MergeChoices {
    private static final MergeChoices ALL_ACCEPTED = new MergeChoices(new BitSet(), 0);

    private final BitSet rejected;
    private final int rejectedCount;

    private MergeChoices(BitSet rejected, int rejectedCount) {
        this.rejected = rejected;
        this.rejectedCount = rejectedCount;
    }

    public static MergeChoices allAccepted() {
        return ALL_ACCEPTED;
    }

    /** Every one of the comparison's changes rejected: the merged text is the older text. */
    public static MergeChoices allRejected(Comparison comparison) {
        BitSet all = new BitSet();
        all.set(0, comparison.changes().size());
        return new MergeChoices(all, comparison.changes().size());
    }

    public boolean isAccepted(int changeId) {
        return !rejected.get(changeId);
    }

    /** These choices with change {@code changeId} accepted or rejected. */
    public MergeChoices with(int changeId, boolean accepted) {
        if (isAccepted(changeId) == accepted) {
            return this;
        }
        BitSet copy = (BitSet) rejected.clone();
        copy.set(changeId, !accepted);
        return new MergeChoices(copy, rejectedCount + (accepted ? -1 : 1));
    }

    public int rejectedCount() {
        return rejectedCount;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MergeChoices m && m.rejected.equals(rejected);
    }

    @Override
    public int hashCode() {
        return rejected.hashCode();
    }
}
