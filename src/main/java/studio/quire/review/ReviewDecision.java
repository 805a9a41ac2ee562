package studio.quire.review;

/** What an editor decides on a review step. */
public enum ReviewDecision {
    APPROVE("approve"),
    REQUEST_CHANGES("request_changes"),
    REJECT("reject");

    private final String dbName;

    ReviewDecision(String dbName) {
        this.dbName = dbName;
    }

    public String dbName() {
        return dbName;
    }
}
