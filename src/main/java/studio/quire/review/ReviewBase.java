package studio.quire.review;

/** What a review screen compares the submitted text with. */
public enum ReviewBase {
    /** Each section's newest approved text before this submission. */
    LAST_APPROVED("approved", "Last approved text"),
    /** Each section's submission before this one (an earlier round, or an earlier request). */
    PREVIOUS_SUBMISSION("submitted", "Previous submission");

    private final String revisionKind;
    private final String label;

    ReviewBase(String revisionKind, String label) {
        this.revisionKind = revisionKind;
        this.label = label;
    }

    String revisionKind() {
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
