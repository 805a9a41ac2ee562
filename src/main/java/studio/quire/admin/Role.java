package studio.quire.admin;

import java.util.Locale;

/** What a person does in an organization; the database checks these names. */
public enum Role {
    WRITER, EDITOR, CONSULTANT, ADMIN;

    public String dbName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** May create and change projects and their text (editors review; they do not author). */
    public boolean canAuthor() {
        return this != EDITOR;
    }

    /** May change brand kits and templates (writers and editors read them). */
    public boolean keepsBrand() {
        return this == CONSULTANT || this == ADMIN;
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }

    public static Role fromDb(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
