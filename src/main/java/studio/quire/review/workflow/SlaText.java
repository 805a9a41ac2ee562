package studio.quire.review.workflow;

/** A step's time limit in words beside its hours: 48 is "2 days", 36 is "1 day 12 hours". */
public final class SlaText {
    private SlaText() {
    }

    public static String describe(int hours) {
        if (hours < 24) {
            return plural(hours, "hour");
        }
        int days = hours / 24;
        int rest = hours % 24;
        return rest == 0 ? plural(days, "day") : plural(days, "day") + " " + plural(rest, "hour");
    }

    private static String plural(int n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
