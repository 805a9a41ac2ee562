package studio.quire.db;

import java.util.Locale;
import java.util.Optional;

/**
 * The longest title or name each column takes, as the schema's check constraints say (V1, V3,
 * V5, V9, V16, V17), with the words to refuse a longer one before it reaches the database. One place for
 * every dialog and field that sets such a text; a test reads the constraints back from
 * {@code pg_constraint} so the numbers here cannot drift from the database's.
 */
public enum TextLimit {
    PROJECT_TITLE("project", "title", 300, "A title"),
    NODE_TITLE("node", "title", 300, "A title"),
    REVISION_NAME("revision", "name", 200, "A name"),
    WORKFLOW_NAME("workflow_template", "name", 200, "A workflow name"),
    WORKFLOW_STEP_NAME("workflow_step", "name", 200, "A step name"),
    PERSON_NAME("person", "display_name", 200, "A name"),
    ORGANIZATION_NAME("organization", "name", 200, "A name"),
    BRAND_KIT_NAME("brand_kit", "name", 120, "A brand kit's name"),
    KIT_COLOUR_NAME("kit_colour", "name", 120, "A colour's name"),
    KIT_FONT_ROLE("kit_font", "role", 120, "A font role"),
    KIT_FONT_FAMILY("kit_font", "family", 120, "A font family"),
    BRAND_ASSET_NAME("brand_asset", "name", 120, "An asset's name"),
    TEMPLATE_NAME("content_template", "name", 200, "A template name"),
    CONTENT_REQUEST_TITLE("content_request", "title", 200, "A content request's title");

    private final String table;
    private final String column;
    private final int max;
    private final String what;

    TextLimit(String table, String column, int max, String what) {
        this.table = table;
        this.column = column;
        this.max = max;
        this.what = what;
    }

    /** The most characters the column takes (PostgreSQL's {@code length}, after trimming where the check trims). */
    public int max() {
        return max;
    }

    /** The table in schema {@code quire} whose check constraint holds the limit. */
    public String table() {
        return table;
    }

    public String column() {
        return column;
    }

    /**
     * "A title can be at most 300 characters (this one has 5,000)." when {@code text} is longer
     * than the limit, else empty. Counts as the database does: code points, not UTF-16 units.
     */
    public Optional<String> problem(String text) {
        if (text == null || text.length() <= max) {
            return Optional.empty();
        }
        int length = text.codePointCount(0, text.length());
        if (length <= max) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ENGLISH, "%s can be at most %,d characters (this one has %,d).",
                what, max, length));
    }
}
