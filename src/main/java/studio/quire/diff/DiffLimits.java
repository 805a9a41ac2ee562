package studio.quire.diff;

/**
 * Hard limits on the work of one comparison (see ADR 0014). Any input finishes within them.
 *
 * @param maxEdits           most edits (Myers' D) one alignment may find before it gives up
 * @param maxWorkPerAlignment most cells (diagonal steps) one alignment may visit
 * @param maxTotalWork       most cells the whole comparison may visit
 * @param maxMoveComparisons most paragraph pairs compared when looking for near-identical moves
 */
public record DiffLimits(int maxEdits, long maxWorkPerAlignment, long maxTotalWork, long maxMoveComparisons) {
    /** Limits that keep a comparison of whole chapters well under a second or two on a laptop. */
    public static final DiffLimits DEFAULT = new DiffLimits(2_500, 20_000_000L, 80_000_000L, 200_000L);

    public DiffLimits {
        if (maxEdits < 0 || maxWorkPerAlignment < 0 || maxTotalWork < 0 || maxMoveComparisons < 0) {
            throw new IllegalArgumentException("limits are never negative");
        }
    }
}
