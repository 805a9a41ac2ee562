package studio.quire.review.inbox;

import studio.quire.review.ReviewState;
import studio.quire.ui.DateTexts;

import java.util.Locale;
import java.util.UUID;

/**
 * One line of the inbox as shown: the notification, its kind in words and how long ago it came.
 *
 * @param timeText "5 min ago", as of when the row was made
 * @param when     "3 Dec 2026, 09:21", the moment itself (the time's tooltip)
 */
public record InboxRow(Notification notification, String timeText, String when) {

    static InboxRow of(Notification notification, DateTexts times) {
        return new InboxRow(notification, times.ago(notification.createdAt().toInstant()),
                times.dateTime(notification.createdAt()));
    }

    /** The same row, read or not (an optimistic change shown before the database confirms it). */
    InboxRow withRead(boolean read) {
        return new InboxRow(notification.withRead(read), timeText, when);
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
        ReviewState state = notification.requestState();
        if (title == null || state == null) {
            return "";
        }
        String now = "Now " + state.dbName().replace('_', ' ');
        return notification.message().contains(title) ? now : title + " · " + now.toLowerCase(Locale.ROOT);
    }
}
