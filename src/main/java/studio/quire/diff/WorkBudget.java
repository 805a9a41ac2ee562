package studio.quire.diff;

import java.util.EnumSet;
import java.util.Set;

/** The work one comparison may still do, and the bounds it has hit so far. Not thread-safe. */
final class WorkBudget {
    private final DiffLimits limits;
    private long remaining;
    private final Set<DiffBound> hit = EnumSet.noneOf(DiffBound.class);

    WorkBudget(DiffLimits limits) {
        this.limits = limits;
        this.remaining = limits.maxTotalWork();
    }

    DiffLimits limits() {
        return limits;
    }

    /** The cells the next alignment may visit: its own limit or what is left, whichever is less. */
    long forNextAlignment() {
        return Math.min(limits.maxWorkPerAlignment(), remaining);
    }

    void spend(long cells) {
        remaining = Math.max(0, remaining - cells);
    }

    boolean exhausted() {
        return remaining <= 0;
    }

    void hit(DiffBound bound) {
        hit.add(bound);
    }

    Set<DiffBound> bounds() {
        return Set.copyOf(hit);
    }
}
