package studio.quire.brand.kitfile;

/**
 * A brand kit file Quire will not import, and why: where in the file (the JSON path and line, when
 * the trouble is in one place) and what to do about it, in a designer's words, e.g.
 * {@code typography.fonts[1].weight (line 14): 450 is not a weight; use 100, 200, … 900}.
 * Nothing of the file has been kept when this is thrown.
 */
public final class KitFileException extends RuntimeException {
    private final String path;
    private final int line;
    private final String problem;

    /**
     * @param path    where, as a JSON path ({@code assets[0].data}); empty for the file as a whole
     * @param line    the line in the file, from 1; 0 when the trouble is not on one line
     * @param problem what is wrong and what to do
     */
    public KitFileException(String path, int line, String problem) {
        super(message(path, line, problem));
        this.path = path;
        this.line = line;
        this.problem = problem;
    }

    /** Trouble with the file as a whole (empty, too large, not JSON). */
    static KitFileException ofFile(String problem) {
        return new KitFileException("", 0, problem);
    }

    public String path() {
        return path;
    }

    public int line() {
        return line;
    }

    /** The message without the place. */
    public String problem() {
        return problem;
    }

    private static String message(String path, int line, String problem) {
        String where = line > 0 ? "line " + line : "";
        if (!path.isEmpty()) {
            where = line > 0 ? path + " (" + where + ")" : path;
        }
        if (where.isEmpty()) {
            return problem;
        }
        return (where.startsWith("line") ? "Line" + where.substring(4) : where) + ": " + problem;
    }
}
