package studio.quire.review.inbox;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * One line of the inbox as shown: the notification, its kind in words and how long ago it came.
 *
 * @param timeText "5 min ago", as of when the row was made
 */
public record InboxRow(Notification notification, String timeText) {

    static InboxRow of(Notification notification, Instant now) {
        return new InboxRow(notification, AgoText.describe(notification.createdAt().toInstant(), now));
    }

    /** The same row, read or not (an optimistic change shown before the database confirms it). */
    InboxRow withRead(boolean read) {
        return new InboxRow(notification.withRead(read), timeText);
    }

    public UUID id() {
        return notification.id();
    }

    public boolean read() {
        return notification.read();
    }

    /** "Assigned to you", "Decision", "Mention", "Escalated". */
    public String kindLabel() {
        return notification.kind().label();
    }

    public String message() {
        return notification.message();
    }

    /**
     * Where the request stands now ("Now approved"), with its title when the message does not
     * already say it; "" when there is no request to see.
     */
    public String detail() {
        String title = notification.requestTitle();
        String state = notification.requestState();
        if (title == null || state == null) {
            return "";
        }
        String now = "Now " + state.replace('_', ' ').toLowerCase(Locale.ROOT);
        return notification.message().contains(title) ? now : title + " · " + now.toLowerCase(Locale.ROOT);
    }
}
