package studio.quire.ui;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** An error as one line a person can read in a status line or a message label. */
public final class ErrorText {
    private ErrorText() {
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
