package studio.quire.review.inbox;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static studio.quire.db.RefusedByDatabaseException.translate;

/**
 * The signed-in person's notifications (ADR 0016): row-level security shows only their own, in
 * their organizations; reading them is marked through the database's functions, the only way a
 * member can change a notification.
 */
public final class NotificationRepository {
    /**
     * Newest first from one range of an index by person (V11); the request is joined after the
     * limit, so a page costs its own rows only.
     */
    private static final String PAGE = """
            select n.id, n.kind, n.request_id, n.message, n.created_at, n.read, r.title, r.state
              from (select id, kind, request_id, message, created_at, read_at is not null as read
                      from quire.notification
                     where person_id = quire.current_person_id() %s %s
                       and (created_at, id) < (cast(? as timestamptz), cast(? as uuid))
                     order by created_at desc, id desc limit ?) n
              left join quire.review_request r on r.id = n.request_id
             order by n.created_at desc, n.id desc""";

    private final DSLContext dsl;
    /** The organization whose notifications are read, or null for all of mine. */
    private final UUID orgId;

    /** Every notification of mine, in all my organizations. */
    public NotificationRepository(DSLContext dsl) {
        this(dsl, null);
    }

    /** My notifications in one organization (the one the studio is signed in to). */
    public NotificationRepository(DSLContext dsl, UUID orgId) {
        this.dsl = dsl;
        this.orgId = orgId;
    }

    private String inOrg() {
        return orgId == null ? "" : "and org_id = cast('" + orgId + "' as uuid)";
    }

    /** How many of my notifications are unread, counting no further than {@code cap} (a badge shows "99+"). */
    public int unreadCount(int cap) {
        return translate(() -> dsl.fetchSingle("""
                        select count(*) from (select 1 from quire.notification
                                               where person_id = quire.current_person_id() and read_at is null %s
                                               limit ?) q""".formatted(inOrg()),
                        cap)
                .get(0, Integer.class));
    }

    /** Up to {@code limit} of my notifications older than {@code after}, newest first; unread ones only if asked. */
    public List<Notification> page(NotificationCursor after, int limit, boolean unreadOnly) {
        String sql = PAGE.formatted(unreadOnly ? "and read_at is null" : "", inOrg());
        return translate(() -> dsl.fetch(sql, after.createdAt(), after.id(), limit)
                .map(NotificationRepository::toNotification));
    }

    /**
     * Marks one of my notifications read (again is harmless); refused when it is gone or not mine
     * ("this notification is gone or not yours").
     */
    public void markRead(UUID notificationId) {
        translate(() -> dsl.select(DSL.field("quire.mark_notification_read({0})::text", String.class,
                DSL.val(notificationId))).fetchSingle());
    }

    /** Marks every unread notification of mine read; returns how many were. */
    public int markAllRead() {
        return translate(() -> dsl.select(DSL.field("quire.mark_all_notifications_read({0})", Integer.class,
                        DSL.val(orgId, UUID.class)))
                .fetchSingle().value1());
    }

    private static Notification toNotification(Record r) {
        return new Notification(r.get("id", UUID.class), NotificationKind.fromDb(r.get("kind", String.class)),
                r.get("request_id", UUID.class), r.get("message", String.class),
                r.get("created_at", OffsetDateTime.class), r.get("read", Boolean.class),
                r.get("title", String.class), r.get("state", String.class));
    }
}
