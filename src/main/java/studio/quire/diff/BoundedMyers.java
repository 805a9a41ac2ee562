package studio.quire.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * Myers' O(ND) shortest edit script over interned keys, with hard bounds: it gives up (returns
 * null) after {@code maxEdits} edits or after visiting {@code maxCells} cells, so no input can make
 * it run long or take much memory (the trace kept for backtracking is at most maxEdits² ints).
 * Common prefix and suffix are matched first without counting against the bounds.
 */
final class BoundedMyers {
    private BoundedMyers() {
    }

    /**
     * The result of an alignment: for each old position the matched new position, or -1; the cells
     * visited; and whether it is complete (false: a bound was hit and only the common prefix and
     * suffix are matched, the middle left as one replaced region).
     */
    record Alignment(int[] oldToNew, long cells, boolean complete) {}

    static Alignment align(int[] a, int[] b, int maxEdits, long maxCells) {
        int n = a.length;
        int m = b.length;
        int[] oldToNew = new int[n];
        java.util.Arrays.fill(oldToNew, -1);
        int prefix = 0;
        while (prefix < n && prefix < m && a[prefix] == b[prefix]) {
            oldToNew[prefix] = prefix;
            prefix++;
        }
        int suffix = 0;
        while (suffix < n - prefix && suffix < m - prefix && a[n - 1 - suffix] == b[m - 1 - suffix]) {
            oldToNew[n - 1 - suffix] = m - 1 - suffix;
            suffix++;
        }
        int an = n - prefix - suffix;
        int bm = m - prefix - suffix;
        long cells = prefix + suffix;
        if (an == 0 || bm == 0) {
            return new Alignment(oldToNew, cells, true);
        }
        if (Math.abs(an - bm) > maxEdits) {
            return new Alignment(oldToNew, cells, false);
        }
        long inner = middle(a, b, prefix, an, bm, Math.min(maxEdits, an + bm), maxCells, oldToNew);
        return inner < 0 ? new Alignment(oldToNew, cells - inner - 1, false) : new Alignment(oldToNew, cells + inner, true);
    }

    /**
     * Aligns a[off..off+n) with b[off..off+m); returns the cells visited, or -(cells + 1) when a
     * bound was hit (the middle then stays unmatched).
     */
    private static long middle(int[] a, int[] b, int off, int n, int m, int dMax, long maxCells, int[] oldToNew) {
        int offset = dMax + 1;
        int[] v = new int[2 * dMax + 3];
        List<int[]> trace = new ArrayList<>();
        long cells = 0;
        for (int d = 0; d <= dMax; d++) {
            for (int k = -d; k <= d; k += 2) {
                int x;
                if (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) {
                    x = v[offset + k + 1];
                } else {
                    x = v[offset + k - 1] + 1;
                }
                int y = x - k;
                while (x < n && y < m && a[off + x] == b[off + y]) {
                    x++;
                    y++;
                    cells++;
                }
                v[offset + k] = x;
                cells++;
                if (x >= n && y >= m) {
                    trace.add(slice(v, offset, d));
                    backtrack(trace, n, m, off, oldToNew);
                    return cells;
                }
            }
            if (cells > maxCells) {
                return -cells - 1;
            }
            trace.add(slice(v, offset, d));
        }
        return -cells - 1;
    }

    private static int[] slice(int[] v, int offset, int d) {
        int[] s = new int[2 * d + 1];
        System.arraycopy(v, offset - d, s, 0, 2 * d + 1);
        return s;
    }

    private static void backtrack(List<int[]> trace, int n, int m, int off, int[] oldToNew) {
        int x = n;
        int y = m;
        for (int d = trace.size() - 1; d > 0; d--) {
            int[] prev = trace.get(d - 1);
            int k = x - y;
            int prevK;
            if (k == -d || (k != d && at(prev, d - 1, k - 1) < at(prev, d - 1, k + 1))) {
                prevK = k + 1;
            } else {
                prevK = k - 1;
            }
            int prevX = at(prev, d - 1, prevK);
            int startX = prevK == k + 1 ? prevX : prevX + 1;
            int startY = startX - k;
            while (x > startX && y > startY) {
                x--;
                y--;
                oldToNew[off + x] = off + y;
            }
            x = prevX;
            y = prevX - prevK;
        }
        while (x > 0 && y > 0) {
            x--;
            y--;
            oldToNew[off + x] = off + y;
        }
    }

    private static int at(int[] slice, int d, int k) {
        return slice[k + d];
    }
}
