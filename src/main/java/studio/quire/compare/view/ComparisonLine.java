package studio.quire.compare.view;

import studio.quire.compare.Row;

/**
 * One line of the main view: a section's title (when the comparison spans several sections) or
 * one of its rows.
 *
 * @param part   the section's index
 * @param row    the row's index in its section, or -1 for a title line
 * @param content the row, or null for a title line
 * @param title  the section's title on a title line, else ""
 * @param marker what a list item starts with ("•", "3."), else ""
 */
public record ComparisonLine(int part, int row, Row content, String title, String marker) {
    public boolean isTitle() {
        return content == null;
    }
}
