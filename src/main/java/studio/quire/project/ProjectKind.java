package studio.quire.project;

import java.util.Locale;

/** What a project is; the database checks these names. */
public enum ProjectKind {
    BOOK, BLOG, CAMPAIGN;

    public String dbName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }

    public static ProjectKind fromDb(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
