package studio.quire.brand.platform;

import java.util.Arrays;
import java.util.Optional;

/** Which text of a placement a limit is about. */
public enum LimitKind {
    /** The post's own text (a caption, a post body). */
    CAPTION("caption", ""),
    /** The number of hashtags in the caption. */
    HASHTAGS("hashtags", "hashtags"),
    /** A title or headline (a pin's title, a link's title). */
    TITLE("title", "title"),
    /** A description (a pin's description, a link's description). */
    DESCRIPTION("description", "description");

    private final String id;
    private final String label;

    LimitKind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The name the specs file uses in a limit's {@code "text"} field. */
    public String id() {
        return id;
    }

    /** How a message names the text ("title"); empty for the caption, which needs no name. */
    public String label() {
        return label;
    }

    /** The kind the specs file calls {@code id}. */
    public static Optional<LimitKind> byId(String id) {
        return Arrays.stream(values()).filter(kind -> kind.id.equals(id)).findFirst();
    }
}
