package studio.quire.review.screen;

import java.time.OffsetDateTime;

/** Says a review event in words, the way the request's history lists it. */
final class HistoryWords {
    private HistoryWords() {
    }

    /** A review event as stored, with the names its ids stand for. */
    record Event(OffsetDateTime at, String who, String kind, String stepName, String round, String toName,
                 String toRole, String reason, String nodeTitle, String decision, String comment) {
    }

    static ReviewHistoryEntry entry(Event e) {
        String step = e.stepName() == null ? "the step" : e.stepName();
        String remark = "";
        String what = switch (e.kind()) {
            case "submitted" -> "Submitted for review";
            case "claimed" -> "Took " + step;
            case "released" -> "Gave " + step + " back";
            case "delegated" -> {
                remark = nonNull(e.reason());
                yield "Delegated " + step + " to " + nonNull(e.toName());
            }
            case "escalated" -> step + " was overdue: escalated to "
                    + (e.toName() != null ? e.toName() : e.toRole() != null ? "the " + e.toRole() + "s" : "its target");
            case "decided" -> {
                remark = nonNull(e.comment());
                yield decided(e.decision(), step);
            }
            case "withdrawn" -> "trashed".equals(e.reason())
                    ? "“" + nonNull(e.nodeTitle()) + "” was put in the trash: its approval was withdrawn"
                    : "“" + nonNull(e.nodeTitle()) + "” changed after its approval: asked again";
            case "resubmitted" -> "Submitted again" + (e.round() == null ? "" : " (round " + e.round() + ")");
            case "published" -> "Published";
            case "discarded" -> "Discarded";
            default -> e.kind();
        };
        return new ReviewHistoryEntry(e.at(), e.who() == null ? "Quire" : e.who(), what, remark);
    }

    private static String decided(String decision, String step) {
        if (decision == null) {
            return "Decided on " + step;
        }
        return switch (decision) {
            case "approve" -> "Approved " + step;
            case "request_changes" -> "Requested changes at " + step;
            case "reject" -> "Rejected at " + step;
            default -> "Decided on " + step;
        };
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
