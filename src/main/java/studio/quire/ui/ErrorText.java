package studio.quire.ui;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.regex.Pattern;

/** An error as one line a person can read in a status line or a message label. */
public final class ErrorText {
    /** "java.lang.IllegalStateException: " and the like, which wrapping exceptions put before a message. */
    private static final Pattern CLASS_NAME = Pattern.compile(
            "^(?:[a-zA-Z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error|Failure|Problem)\\b:?\\s*");
    /** jOOQ's "SQL [insert into …]; " before the driver's message: the statement is for the log. */
    private static final Pattern SQL_PREFIX = Pattern.compile("^SQL \\[.*?\\];\\s*", Pattern.DOTALL);

    private ErrorText() {
    }

    /**
     * What went wrong in words, for a person at a terminal or reading a dialog: the first message
     * along the causes that says something, with no class name, no SQL and no stack, at most
     * {@code maxLength} characters; "an unexpected internal error" when none says anything.
     */
    public static String inWords(Throwable error, int maxLength) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof NoSuchFileException || t instanceof AccessDeniedException) {
                return bounded(oneLine(t), maxLength);
            }
            String text = t.getMessage();
            if (text == null || (t.getCause() != null && text.equals(t.getCause().toString()))) {
                continue;
            }
            text = SQL_PREFIX.matcher(text.strip()).replaceFirst("");
            int line = text.indexOf('\n');
            text = (line < 0 ? text : text.substring(0, line)).strip();
            for (String before = ""; !before.equals(text); ) {
                before = text;
                text = CLASS_NAME.matcher(text).replaceFirst("").strip();
            }
            if (!text.isEmpty()) {
                return bounded(text, maxLength);
            }
        }
        return "an unexpected internal error";
    }

    /** {@code text}, cut to {@code maxLength} characters with an ellipsis when longer. */
    public static String bounded(String text, int maxLength) {
        return text.length() <= maxLength ? text : text.substring(0, Math.max(0, maxLength - 1)).stripTrailing() + "…";
    }

    /**
     * The error's message up to its first line break, or its kind when it has none; a missing or
     * forbidden file is said in words, since its exception's message is only the path.
     */
    public static String oneLine(Throwable error) {
        if (error instanceof NoSuchFileException missing) {
            return "no such folder or file: " + missing.getFile();
        }
        if (error instanceof AccessDeniedException denied) {
            return "not allowed to write " + denied.getFile();
        }
        String text = error.getMessage();
        if (text == null || text.isBlank()) {
            return error.getClass().getSimpleName();
        }
        int line = text.indexOf('\n');
        return line < 0 ? text.strip() : text.substring(0, line).strip();
    }
}
