package studio.quire.editor.save;

/**
 * What replaying the journal after sign-in did: texts saved to the database, texts that met newer
 * text and were kept as conflict revisions, and texts left in the journal (the server could not
 * be reached, or the sections are not visible to this person).
 */
public record ReplaySummary(int saved, int conflicts, int left) {
    public static final ReplaySummary NOTHING = new ReplaySummary(0, 0, 0);

    public boolean isEmpty() {
        return saved == 0 && conflicts == 0 && left == 0;
    }

    /** One sentence for the status bar or a notification; empty when there was nothing to replay. */
    public String message() {
        if (isEmpty()) {
            return "";
        }
        // Good news however it went: nothing typed was lost, the words are in the database or still here.
        StringBuilder text = new StringBuilder("Recovered unsaved text from the last session: ");
        String separator = "";
        if (saved > 0) {
            text.append(sections(saved)).append(" saved");
            separator = "; ";
        }
        if (conflicts > 0) {
            text.append(separator).append(sections(conflicts))
                    .append(" changed by someone else meanwhile, your text kept as a conflict revision");
            separator = "; ";
        }
        if (left > 0) {
            text.append(separator).append(sections(left)).append(" still waiting on this computer");
        }
        return text.append(" — your words are safe.").toString();
    }

    private static String sections(int n) {
        return n == 1 ? "1 section" : n + " sections";
    }
}
