package studio.quire.review.inbox;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import studio.quire.db.schema.Routines;
import studio.quire.review.ReviewState;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static studio.quire.db.RefusedByDatabaseException.translate;
import static studio.quire.db.schema.Tables.NOTIFICATION;
import static studio.quire.db.schema.Tables.REVIEW_REQUEST;

/**
 * The signed-in person's notifications (ADR 0016): row-level security shows only their own, in
 * their organizations; reading them is marked through the database's functions, the only way a
 * member can change a notification.
 */
public final class NotificationRepository {
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

    /** Mine, in the organization if one was given. */
    private Condition mine() {
        return NOTIFICATION.PERSON_ID.eq(Routines.currentPersonId())
                .and(orgId == null ? DSL.noCondition() : NOTIFICATION.ORG_ID.eq(orgId));
    }

    /** How many of my notifications are unread, counting no further than {@code cap} (a badge shows "99+"). */
    public int unreadCount(int cap) {
        return translate(() -> dsl.fetchCount(DSL.selectOne().from(NOTIFICATION)
                .where(mine()).and(NOTIFICATION.READ_AT.isNull()).limit(cap)));
    }

    /**
     * Up to {@code limit} of my notifications older than {@code after}, newest first; unread ones only
     * if asked. Newest first from one range of an index by person (V11); the request is joined after
     * the limit, so a page costs its own rows only.
     */
    public List<Notification> page(NotificationCursor after, int limit, boolean unreadOnly) {
        Field<Boolean> read = DSL.field(NOTIFICATION.READ_AT.isNotNull()).as("read");
        Table<?> n = DSL.select(NOTIFICATION.ID, NOTIFICATION.KIND, NOTIFICATION.REQUEST_ID, NOTIFICATION.MESSAGE,
                        NOTIFICATION.CREATED_AT, read)
                .from(NOTIFICATION)
                .where(mine()).and(unreadOnly ? NOTIFICATION.READ_AT.isNull() : DSL.noCondition())
                .and(DSL.row(NOTIFICATION.CREATED_AT, NOTIFICATION.ID).lt(after.createdAt(), after.id()))
                .orderBy(NOTIFICATION.CREATED_AT.desc(), NOTIFICATION.ID.desc()).limit(limit)
                .asTable("n");
        var r = REVIEW_REQUEST.as("r");
        Field<OffsetDateTime> createdAt = n.field(NOTIFICATION.CREATED_AT);
        Field<UUID> id = n.field(NOTIFICATION.ID);
        return translate(() -> dsl.select(id, n.field(NOTIFICATION.KIND), n.field(NOTIFICATION.REQUEST_ID),
                        n.field(NOTIFICATION.MESSAGE), createdAt, n.field(read), r.TITLE, r.STATE)
                .from(n).leftJoin(r).on(r.ID.eq(n.field(NOTIFICATION.REQUEST_ID)))
                .orderBy(createdAt.desc(), id.desc())
                .fetch(t -> new Notification(t.value1(), NotificationKind.fromDb(t.value2()), t.value3(), t.value4(),
                        t.value5(), t.value6(), t.value7(), ReviewState.fromDb(t.value8()))));
    }

    /**
     * Marks one of my notifications read (again is harmless); refused when it is gone or not mine
     * ("this notification is gone or not yours").
     */
    public void markRead(UUID notificationId) {
        translate(() -> {
            Routines.markNotificationRead(dsl.configuration(), notificationId);
            return null;
        });
    }

    /** Marks every unread notification of mine read; returns how many were. */
    public int markAllRead() {
        return translate(() -> Routines.markAllNotificationsRead(dsl.configuration(), orgId));
    }
}
