package studio.quire.compare.view;

/**
 * One entry of the list of changes.
 *
 * @param id        the change's id in the comparison (also its place in the list)
 * @param kind      what it did, as a short label ("Inserted", "Moved")
 * @param summary   one line, e.g. {@code Replaced “cat” with “dog”}
 * @param partTitle the section it is in when the comparison spans several, else ""
 * @param accepted  whether the merged text takes it
 */
public record ChangeItem(int id, String kind, String summary, String partTitle, boolean accepted) {
    ChangeItem withAccepted(boolean value) {
        return value == accepted ? this : new ChangeItem(id, kind, summary, partTitle, value);
    }
}
