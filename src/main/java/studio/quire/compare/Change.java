package studio.quire.compare;

import java.util.Objects;

/**
 * A change a writer can step to (F7), accept (take the newer side) or reject (keep the older side).
 *
 * @param id         its place among all the comparison's changes, from 0, in reading order
 * @param part       the index of the section it is in
 * @param row        the index, within the part, of the row that shows it (for a move: where it arrives)
 * @param kind       what it did
 * @param olderText  the older words it touches ("" when it inserted)
 * @param newerText  the newer words it touches ("" when it deleted)
 */
public record Change(int id, int part, int row, ChangeKind kind, String olderText, String newerText) {
    private static final int SUMMARY_CHARS = 60;

    public Change {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(olderText, "olderText");
        Objects.requireNonNull(newerText, "newerText");
    }

    /** One line for the list of changes, e.g. {@code Replaced “cat” with “dog”}. */
    public String summary() {
        return switch (kind) {
            case INSERTED -> "Inserted " + quote(newerText);
            case DELETED -> "Deleted " + quote(olderText);
            case REPLACED -> "Replaced " + quote(olderText) + " with " + quote(newerText);
            case MOVED -> "Moved " + quote(newerText.isEmpty() ? olderText : newerText);
            case REFORMATTED -> "Formatting of " + quote(newerText);
        };
    }

    static String quote(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        if (oneLine.length() > SUMMARY_CHARS) {
            int cut = oneLine.lastIndexOf(' ', SUMMARY_CHARS);
            oneLine = oneLine.substring(0, cut > SUMMARY_CHARS / 2 ? cut : SUMMARY_CHARS) + "…";
        }
        return oneLine.isEmpty() ? "a blank line" : "“" + oneLine + "”";
    }
}
