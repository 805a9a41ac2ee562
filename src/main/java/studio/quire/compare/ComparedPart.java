package studio.quire.compare;

import studio.quire.diff.DiffResult;
import studio.quire.text.Document;

import java.util.List;
import java.util.UUID;

/**
 * One section of a comparison: what was compared, the engine's result and the rows the views show.
 *
 * @param index the section's place in the comparison, from 0
 */
public record ComparedPart(int index, UUID sectionId, String title, Document older, Document newer, DiffResult result,
                           List<Row> rows) {
    public ComparedPart {
        rows = List.copyOf(rows);
    }

    /** Whether anything in this section changed, formatting included. */
    public boolean hasChanges() {
        return rows.stream().anyMatch(r -> r.type() != Row.Type.SAME);
    }
}
