package studio.quire.compare.view;

import studio.quire.compare.Change;
import studio.quire.compare.ComparedPart;
import studio.quire.compare.Comparison;
import studio.quire.compare.Row;
import studio.quire.text.Block;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The lines of a comparison in reading order, flattened over its sections (a title line before
 * each section when there are several), and where each change's line is. Pure and linear in the
 * number of rows, so it is built with the comparison in the background.
 */
public final class ComparisonLines {
    public static final ComparisonLines EMPTY = new ComparisonLines(List.of(), new int[0], false);

    private final List<ComparisonLine> lines;
    private final int[] partStart;
    private final boolean titled;

    private ComparisonLines(List<ComparisonLine> lines, int[] partStart, boolean titled) {
        this.lines = Collections.unmodifiableList(lines);
        this.partStart = partStart;
        this.titled = titled;
    }

    public static ComparisonLines of(Comparison comparison) {
        boolean titled = comparison.spansSections();
        List<ComparisonLine> lines = new ArrayList<>();
        int[] partStart = new int[comparison.parts().size()];
        for (ComparedPart part : comparison.parts()) {
            if (titled) {
                lines.add(new ComparisonLine(part.index(), -1, null, part.title(), ""));
            }
            partStart[part.index()] = lines.size();
            int number = 0;
            for (int r = 0; r < part.rows().size(); r++) {
                Row row = part.rows().get(r);
                Block shown = row.shownBlock();
                number = shown instanceof Block.NumberedItem ? number + 1 : 0;
                String marker = shown instanceof Block.BulletItem ? "•" : number > 0 ? number + "." : "";
                lines.add(new ComparisonLine(part.index(), r, row, "", marker));
            }
        }
        return new ComparisonLines(lines, partStart, titled);
    }

    public List<ComparisonLine> lines() {
        return lines;
    }

    /** The index of the line that shows {@code change} (for a move: where it arrives). */
    public int lineOf(Change change) {
        return partStart[change.part()] + change.row();
    }

    /** Whether section titles are among the lines. */
    public boolean titled() {
        return titled;
    }
}
