package studio.quire.project;

import studio.quire.db.TextLimit;

import java.util.Optional;

/** The rules for a project title, checked before asking the database (which checks them too). */
public final class ProjectTitles {
    public static final int MAX_LENGTH = TextLimit.PROJECT_TITLE.max();

    private ProjectTitles() {
    }

    /** The title as it will be stored: trimmed, with control characters (NUL included) removed. */
    public static String clean(String raw) {
        return raw == null ? "" : raw.replaceAll("\\p{Cntrl}", " ").strip();
    }

    /** What is wrong with a title, in words for the person typing it; empty when it is fine. */
    public static Optional<String> problem(String raw) {
        String title = clean(raw);
        if (title.isEmpty()) {
            return Optional.of("A project needs a title.");
        }
        return TextLimit.PROJECT_TITLE.problem(title);
    }
}
