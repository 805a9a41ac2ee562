package studio.quire.review.screen;

import studio.quire.text.RevisionKind;

/** What a review screen compares the submitted text with. */
public enum ReviewBase {
    /** Each section's newest approved text before this submission. */
    LAST_APPROVED(RevisionKind.APPROVED, "Last approved text"),
    /** Each section's submission before this one (an earlier round, or an earlier request). */
    PREVIOUS_SUBMISSION(RevisionKind.SUBMITTED, "Previous submission");

    private final RevisionKind revisionKind;
    private final String label;

    ReviewBase(RevisionKind revisionKind, String label) {
        this.revisionKind = revisionKind;
        this.label = label;
    }

    RevisionKind revisionKind() {
        return revisionKind;
    }

    /** The older side's name, e.g. in a comparison's header. */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
