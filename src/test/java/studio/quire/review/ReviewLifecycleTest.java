package studio.quire.review;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request from submission to approval and back (ADR 0016): approval is per section, a later
 * edit withdraws only that section's approval, people read only their own notifications, and
 * organizations never see or decide each other's requests.
 */
class ReviewLifecycleTest {
    private static TestDatabase db;

    @BeforeAll
    static void database() {
        db = TestServer.get().newDatabase();
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void decideReview_approvesEverySection_afterTheLastStep_andAnEditWithdrawsOnlyThatSection() {
        ReviewFixture f = ReviewFixture.create(db, "Full loop");
        UUID request = f.submit(f.writer(), f.chapter());

        assertThat(f.approve(f.editor(), request, 1)).isEqualTo("in_review");
        assertThat(f.approve(f.admin(), request, 2)).isEqualTo("approved");

        assertThat(f.rows(f.writer(), "select state, current_step, round from quire.review_request where id = ?::uuid", request))
                .containsExactly(List.of("approved", 2, 1));
        assertThat(f.rows(f.writer(), """
                select node_id, state, approved_hash = pinned_hash from quire.review_section
                where request_id = ?::uuid order by position""", request))
                .containsExactly(List.of(f.section1(), "approved", true), List.of(f.section2(), "approved", true));
        assertThat(f.rows(f.writer(), """
                select s.node_id, count(r.id) from quire.review_section s
                left join quire.revision r on r.node_id = s.node_id and r.kind = 'approved' and r.content_hash = s.pinned_hash
                where s.request_id = ?::uuid group by s.node_id, s.position order by s.position""", request))
                .as("an 'approved' revision per section").containsExactly(List.of(f.section1(), 1L), List.of(f.section2(), 1L));

        f.edit(f.writer(), f.section1(), ReviewFixture.OPENING + " Then the bell rang.");

        assertThat(f.rows(f.editor(), "select state, current_step, round from quire.review_request where id = ?::uuid", request))
                .containsExactly(List.of("in_review", 1, 2));
        assertThat(f.rows(f.owner(), "select node_id from quire.review_event where request_id = ?::uuid and kind = 'withdrawn'",
                request)).containsExactly(List.of(f.section1()));
        assertThat(f.rows(f.writer(), """
                select node_id, state, approved_hash = encode(sha256(convert_to(?::text, 'UTF8')), 'hex')
                from quire.review_section where request_id = ?::uuid and node_id = ?::uuid""",
                ReviewFixture.ENDING, request, f.section2()))
                .as("the other section stays approved").containsExactly(List.of(f.section2(), "approved", true));
        assertThat(f.rows(f.writer(), """
                select node_id, state, approved_hash = encode(sha256(convert_to(?::text, 'UTF8')), 'hex'),
                       pinned_hash = encode(sha256(convert_to(?::text, 'UTF8')), 'hex')
                from quire.review_section where request_id = ?::uuid and node_id = ?::uuid""",
                ReviewFixture.OPENING, ReviewFixture.OPENING + " Then the bell rang.", request, f.section1()))
                .as("the edited section asks for review again at its new text, the hash it was approved with kept")
                .containsExactly(List.of(f.section1(), "pending", true, true));
    }

    @Test
    void notification_tellsTheSubmitterOfADecision_andIsReadOnlyByItsPerson() {
        ReviewFixture f = ReviewFixture.create(db, "Notifications");
        UUID request = f.submit(f.writer(), f.chapter());
        for (String editor : List.of(f.editor(), f.editor2())) {
            assertThat(f.call(editor, "select count(*) from quire.notification where request_id = ?::uuid and kind = 'assigned'",
                    request)).as("%s is told step 1 waits for editors", editor).isEqualTo(1L);
        }
        f.decide(f.editor(), request, 1, "request_changes", "Shorter, please.");

        UUID decision = (UUID) f.call(f.writer(),
                "select id from quire.notification where request_id = ?::uuid and kind = 'decision' and person_id = ?::uuid",
                request, f.person(f.writer()));
        assertThat(decision).as("the submitter's 'decision' notification").isNotNull();
        assertThat(f.call(f.editor(), "select count(*) from quire.notification where person_id <> ?::uuid",
                f.person(f.editor()))).as("the editor sees only their own notifications").isEqualTo(0L);
        assertThat(f.call(f.writer(), "select count(*) from quire.notification where person_id <> ?::uuid",
                f.person(f.writer()))).as("the writer sees only their own notifications").isEqualTo(0L);

        try {
            f.call(f.editor(), "select quire.mark_notification_read(?::uuid)", decision);
        } catch (ReviewFixture.SqlFailure refused) {
            assertThat(refused.sqlState()).as("a refusal, not another error: %s", refused.getMessage()).isIn("42501", "P0002");
        }
        assertThat(f.call(f.owner(), "select read_at is null from quire.notification where id = ?::uuid", decision))
                .as("someone else cannot mark it read").isEqualTo(true);
        f.call(f.writer(), "select quire.mark_notification_read(?::uuid)", decision);
        assertThat(f.call(f.owner(), "select read_at is not null from quire.notification where id = ?::uuid", decision))
                .as("its person marks it read").isEqualTo(true);
    }

    @Test
    void reviewQueue_listsTheCurrentStep_forThoseWhoMayDecideIt() {
        ReviewFixture f = ReviewFixture.create(db, "Queue");
        UUID request = f.submit(f.writer(), f.chapter());
        String queue = "select step_position, overdue from quire.review_queue where request_id = ?::uuid";

        assertThat(f.rows(f.editor2(), queue, request)).containsExactly(List.of(1, false));
        assertThat(f.rows(f.admin(), queue, request)).as("step 2 has not started").isEmpty();
        assertThat(f.rows(f.writer(), queue, request)).isEmpty();

        f.approve(f.editor(), request, 1);

        assertThat(f.rows(f.editor(), queue, request)).isEmpty();
        assertThat(f.rows(f.admin(), queue, request)).containsExactly(List.of(2, false));
    }

    @Test
    void submitAndDecide_signalTheOrganizationsReviewChannel_withTheRequestId() throws Exception {
        ReviewFixture f = ReviewFixture.create(db, "Live queue");
        String channel = "review_" + f.org().toString().replace("-", "");
        try (Connection listener = db.rawConnection(db.as(f.editor2())); Statement s = listener.createStatement()) {
            s.execute("listen " + channel);

            UUID request = f.submit(f.writer(), f.chapter());
            assertThat(payloads(listener)).as("after submitting").contains(request.toString());
            f.approve(f.editor(), request, 1);
            assertThat(payloads(listener)).as("after a decision").contains(request.toString());
        }
    }

    /** The payloads that arrive within a few seconds (returns as soon as some have). */
    private static List<String> payloads(Connection listener) throws SQLException {
        PGNotification[] arrived = listener.unwrap(PGConnection.class).getNotifications(5_000);
        return arrived == null ? List.of() : Arrays.stream(arrived).map(PGNotification::getParameter).toList();
    }

    @Test
    void reviewTables_areInvisibleAndUndecidable_fromAnotherOrganization() {
        ReviewFixture a = ReviewFixture.create(db, "Isolation A");
        ReviewFixture b = ReviewFixture.create(db, "Isolation B");
        UUID request = a.submit(a.writer(), a.chapter());
        a.update(a.owner(), "update quire.review_step set due_at = now() - interval '1 hour' where request_id = ?::uuid",
                request);

        for (String table : List.of("review_request", "review_step", "review_section", "review_event", "notification",
                "workflow_template", "workflow_step")) {
            assertThat(b.call(b.editor(), "select count(*) from quire." + table + " where org_id = ?::uuid", a.org()))
                    .as("B's editor sees A's %s", table).isEqualTo(0L);
        }
        SQLException e = b.refusal(b.editor(), "select quire.decide_review(?::uuid, 1, 'approve', null::text)", request);
        assertThat(e.getSQLState()).isIn("42501", "P0002");
        assertThat(b.call(b.admin(), "select quire.escalate_overdue_reviews()")).as("A's overdue step, escalated from B")
                .isEqualTo(0);

        assertThat(a.rows(a.owner(), "select count(*) from quire.review_decision where request_id = ?::uuid", request))
                .containsExactly(List.of(0L));
        assertThat(a.call(a.owner(), "select bool_and(escalated_at is null) from quire.review_step where request_id = ?::uuid",
                request)).isEqualTo(true);
    }

    @Test
    void sectionStatus_inTheBinder_followsTheRequest() {
        ReviewFixture f = ReviewFixture.create(db, "Binder status");
        String status = "select status from quire.node where id = ?::uuid";
        UUID request = f.submit(f.writer(), f.chapter());
        assertThat(f.call(f.writer(), status, f.section1())).isEqualTo("in_review");

        f.decide(f.editor(), request, 1, "request_changes", "A stronger opening.");
        assertThat(f.call(f.writer(), status, f.section1())).isEqualTo("draft");

        f.edit(f.writer(), f.section1(), ReviewFixture.OPENING + " Stronger now.");
        f.call(f.writer(), "select quire.resubmit_review(?::uuid)::text", request);
        assertThat(f.call(f.writer(), status, f.section2())).isEqualTo("in_review");
        f.decide(f.editor(), request, 1, "approve", "");
        f.decide(f.admin(), request, 2, "approve", "");
        assertThat(f.call(f.writer(), status, f.section1())).isEqualTo("approved");

        f.call(f.writer(), "select quire.publish_review(?::uuid)::text", request);
        assertThat(f.call(f.writer(), status, f.section2())).isEqualTo("published");
    }
}
