package studio.quire.editor.save;

import studio.quire.editor.store.SaveStatus;

/**
 * The one place that decides what the status bar says about a section (ADR 0010): "Saved" only
 * when the database has the newest edit, "Saved on this computer" only when the journal has it on
 * disk, and "Saving…" whenever neither is known.
 */
final class StatusRule {
    static final String UNREACHABLE = "The server can't be reached; your text is safe on this computer and will be"
            + " saved when it is back.";
    static final String SLOW = "The server has not answered yet; your text is safe on this computer and will be saved"
            + " when it does.";
    static final String CONFLICT = "Someone else saved newer text; yours was kept as a conflict revision.";

    private StatusRule() {
    }

    record Verdict(SaveStatus status, String detail) {
    }

    static Verdict of(SectionState s) {
        if (!s.hasUnsaved()) {
            return s.conflicted ? new Verdict(SaveStatus.CONFLICT, CONFLICT) : new Verdict(SaveStatus.SAVED, "");
        }
        if (s.refusal != null) {
            return new Verdict(SaveStatus.REFUSED, s.refusal);
        }
        boolean waitingOnServer = s.retryDetail != null || s.slow;
        if (waitingOnServer && s.newestIsDurable()) {
            return new Verdict(SaveStatus.SAVED_LOCALLY, s.retryDetail != null ? s.retryDetail : SLOW);
        }
        if (s.journalProblem != null) {
            return new Verdict(SaveStatus.SAVING, "Your text could not be written to this computer's journal ("
                    + s.journalProblem + "); it is kept in memory and tried again.");
        }
        return new Verdict(SaveStatus.SAVING, "");
    }
}
