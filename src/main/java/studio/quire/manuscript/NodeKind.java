package studio.quire.manuscript;

import java.util.Locale;

/** The levels of a manuscript: book → (part →) chapter → section. The database checks which holds which. */
public enum NodeKind {
    BOOK, PART, CHAPTER, SECTION;

    public String dbName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static NodeKind fromDb(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
