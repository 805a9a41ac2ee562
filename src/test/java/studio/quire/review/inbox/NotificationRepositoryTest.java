package studio.quire.review.inbox;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.quire.db.RefusedByDatabaseException;
import studio.quire.review.InboxScenario;
import studio.quire.review.ReviewState;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The inbox's reads and marks against the real database, as the people of organizations made for each test. */
class NotificationRepositoryTest {
    private static TestDatabase db;

    @BeforeAll
    static void database() {
        db = TestServer.get().newDatabase();
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    private static NotificationRepository as(String login) {
        return new NotificationRepository(db.open(db.as(login)).dsl());
    }

    private static List<UUID> ids(List<Notification> page) {
        return page.stream().map(Notification::id).toList();
    }

    private static UUID notificationOf(InboxScenario s, String login, UUID request) {
        return (UUID) s.asOwner("select id from quire.notification where person_id = ?::uuid and request_id = ?::uuid",
                s.person(login), request);
    }

    @Test
    void page_showsMyOwnNotificationsNewestFirst_withTheRequestAsItStandsNow() {
        InboxScenario s = InboxScenario.create(db, "Inbox own rows");
        UUID first = s.submitScene();
        UUID second = s.submitScene();
        s.requestChanges(first);

        List<Notification> editors = as(s.editor()).page(NotificationCursor.START, 10, false);
        assertThat(editors).extracting(Notification::requestId).containsExactly(second, first);
        Notification newest = editors.get(0);
        assertThat(newest.kind()).isEqualTo(NotificationKind.ASSIGNED);
        assertThat(newest.message()).isEqualTo("“" + s.titleOf(second) + "” waits for Copy edit");
        assertThat(newest.requestTitle()).isEqualTo(s.titleOf(second));
        assertThat(newest.requestState()).isEqualTo(ReviewState.IN_REVIEW);
        assertThat(newest.read()).isFalse();
        assertThat(editors.get(1).requestState()).isEqualTo(ReviewState.CHANGES_REQUESTED);

        List<Notification> writers = as(s.writer()).page(NotificationCursor.START, 10, false);
        assertThat(writers).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.DECISION);
            assertThat(n.kind().label()).isEqualTo("Decision");
            assertThat(n.requestId()).isEqualTo(first);
        });
        List<Notification> editor2s = as(s.editor2()).page(NotificationCursor.START, 10, false);
        assertThat(editor2s).hasSize(2);
        assertThat(ids(editors)).doesNotContainAnyElementsOf(ids(editor2s));
    }

    @Test
    void page_hidesAnotherOrganizationsNotifications_evenOnesAddressedToMe() {
        InboxScenario mine = InboxScenario.create(db, "Inbox org A");
        InboxScenario theirs = InboxScenario.create(db, "Inbox org B");
        mine.submitScene();
        theirs.submitScene();
        // a row naming me in an organization I am not a member of (as after leaving it)
        mine.updateAsOwner("insert into quire.notification (org_id, person_id, kind, message) "
                + "values (?::uuid, ?::uuid, 'mention', 'Elsewhere')", theirs.org(), mine.person(mine.editor()));
        NotificationRepository editor = as(mine.editor());

        assertThat(editor.page(NotificationCursor.START, 10, false)).singleElement()
                .satisfies(n -> assertThat(n.message()).doesNotContain("Elsewhere"));
        assertThat(editor.unreadCount(100)).isEqualTo(1);

        assertThat(editor.markAllRead()).isEqualTo(1);
        assertThat(mine.asOwner("select read_at is null from quire.notification where message = 'Elsewhere'"))
                .as("marking all reads only my organizations' rows").isEqualTo(true);
        assertThat(theirs.asOwner("select count(*) from quire.notification where org_id = ?::uuid and read_at is null "
                + "and message <> 'Elsewhere'", theirs.org())).as("their editors' stay unread").isEqualTo(2L);
    }

    @Test
    void anOrganizationsInbox_showsCountsAndMarksOnlyItsOwn_forSomeoneInTwoOrganizations() {
        InboxScenario mine = InboxScenario.create(db, "Inbox two orgs A");
        InboxScenario theirs = InboxScenario.create(db, "Inbox two orgs B");
        UUID me = mine.person(mine.editor());
        theirs.updateAsOwner("insert into quire.membership (org_id, person_id, role) values (?::uuid, ?::uuid, 'editor')",
                theirs.org(), me);
        mine.submitScene();
        theirs.submitScene();
        NotificationRepository everywhere = as(mine.editor());
        NotificationRepository here = new NotificationRepository(db.open(db.as(mine.editor())).dsl(), mine.org());
        assertThat(everywhere.unreadCount(100)).isEqualTo(2);

        assertThat(here.page(NotificationCursor.START, 10, false)).singleElement()
                .satisfies(n -> assertThat(n.requestTitle()).isNotNull());
        assertThat(here.unreadCount(100)).isEqualTo(1);
        assertThat(here.markAllRead()).isEqualTo(1);

        assertThat(everywhere.unreadCount(100)).as("the other organization's stays unread").isEqualTo(1);
    }

    @Test
    void markRead_readsMyOwn_andIsRefusedForSomeoneElses() {
        InboxScenario s = InboxScenario.create(db, "Inbox mark read");
        UUID request = s.submitScene();
        UUID mine = notificationOf(s, s.editor(), request);
        UUID colleagues = notificationOf(s, s.editor2(), request);
        NotificationRepository editor = as(s.editor());

        assertThatThrownBy(() -> editor.markRead(colleagues))
                .isInstanceOf(RefusedByDatabaseException.class)
                .hasMessage("This notification is gone or not yours");
        assertThat(s.asOwner("select read_at is null from quire.notification where id = ?::uuid", colleagues)).isEqualTo(true);

        editor.markRead(mine);
        editor.markRead(mine);

        assertThat(editor.page(NotificationCursor.START, 10, false)).singleElement()
                .satisfies(n -> assertThat(n.read()).isTrue());
        assertThat(editor.unreadCount(100)).isZero();
        assertThat(editor.page(NotificationCursor.START, 10, true)).isEmpty();
        assertThat(as(s.editor2()).unreadCount(100)).isEqualTo(1);
    }

    @Test
    void markAllRead_readsEveryUnreadOfMine_andCountsThem() {
        InboxScenario s = InboxScenario.create(db, "Inbox mark all");
        UUID read = s.submitScene();
        s.submitScene();
        s.submitScene();
        NotificationRepository editor = as(s.editor());
        editor.markRead(notificationOf(s, s.editor(), read));

        assertThat(editor.unreadCount(100)).isEqualTo(2);
        assertThat(editor.markAllRead()).isEqualTo(2);

        assertThat(editor.unreadCount(100)).isZero();
        assertThat(editor.page(NotificationCursor.START, 10, true)).isEmpty();
        assertThat(editor.page(NotificationCursor.START, 10, false)).hasSize(3).allMatch(Notification::read);
        assertThat(editor.markAllRead()).isZero();
        assertThat(as(s.editor2()).unreadCount(100)).as("a colleague's stay unread").isEqualTo(3);
    }

    @Test
    void unreadCount_stopsAtTheCap() {
        InboxScenario s = InboxScenario.create(db, "Inbox cap");
        for (int i = 0; i < 4; i++) {
            s.submitScene();
        }

        assertThat(as(s.editor()).unreadCount(3)).isEqualTo(3);
        assertThat(as(s.editor()).unreadCount(100)).isEqualTo(4);
    }

    @Test
    void page_walksEveryNotificationOnce_whenTheyShareOneTimestamp() {
        InboxScenario s = InboxScenario.create(db, "Inbox keyset");
        for (int i = 0; i < 7; i++) {
            s.submitScene();
        }
        s.updateAsOwner("update quire.notification set created_at = '2026-11-01T09:00:00Z' where person_id = ?::uuid",
                s.person(s.editor()));
        NotificationRepository editor = as(s.editor());
        editor.markRead(editor.page(NotificationCursor.START, 10, false).get(3).id());

        for (boolean unreadOnly : new boolean[]{false, true}) {
            List<UUID> all = ids(editor.page(NotificationCursor.START, 100, unreadOnly));
            List<UUID> walked = new ArrayList<>();
            NotificationCursor cursor = NotificationCursor.START;
            for (List<Notification> page = editor.page(cursor, 2, unreadOnly); !page.isEmpty();
                 page = editor.page(cursor, 2, unreadOnly)) {
                assertThat(page).hasSizeLessThanOrEqualTo(2);
                page.forEach(n -> walked.add(n.id()));
                cursor = page.get(page.size() - 1).cursor();
            }
            assertThat(all).hasSize(unreadOnly ? 6 : 7);
            assertThat(walked).as("unread only: %s", unreadOnly).containsExactlyElementsOf(all);
        }
    }
}
