package studio.quire.review.inbox;

/** Why a person was notified, with the label the inbox shows for it. */
public enum NotificationKind {
    ASSIGNED("assigned", "Assigned to you"),
    DECISION("decision", "Decision"),
    MENTION("mention", "Mention"),
    ESCALATION("escalation", "Escalated"),
    /** A kind added by a later schema than this client knows: still shown, never an error. */
    OTHER("", "Notification");

    private final String dbName;
    private final String label;

    NotificationKind(String dbName, String label) {
        this.dbName = dbName;
        this.label = label;
    }

    /** The kind as {@code quire.notification.kind} stores it; {@link #OTHER} for one this client does not know. */
    public static NotificationKind fromDb(String name) {
        for (NotificationKind kind : values()) {
            if (kind != OTHER && kind.dbName.equals(name)) {
                return kind;
            }
        }
        return OTHER;
    }

    public String dbName() {
        return dbName;
    }

    /** "Assigned to you", "Decision", "Mention", "Escalated". */
    public String label() {
        return label;
    }
}
