package studio.quire.ui;

/** An error as one line a person can read in a status line or a message label. */
public final class ErrorText {
    private ErrorText() {
    }

    /** The error's message up to its first line break, or its kind when it has none. */
    public static String oneLine(Throwable error) {
        String text = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        int line = text.indexOf('\n');
        return line < 0 ? text : text.substring(0, line);
    }
}
