package studio.quire.review;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The comment rules of V10 hold for anyone connecting as themselves: only members of the request's
 * organization read and write comments, only through the functions, what was said is never
 * rewritten (not even by the owner), replies go one level deep, mentions notify real active
 * members only, and only the right people resolve a thread.
 */
class ReviewCommentRulesTest {
    private static final String ADD = "select quire.add_review_comment(?::uuid, ?::uuid, ?::int, ?::int, ?::text, ?::text)";
    private static final String REPLY = "select quire.reply_review_comment(?::uuid, ?::text)";
    private static final String RESOLVE = "select quire.resolve_review_thread(?::uuid, ?::boolean)::text";

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
    void addReviewComment_isRefused_andCommentsAreInvisible_toAnotherOrganization() {
        ReviewFixture f = ReviewFixture.create(db, "Commented");
        ReviewFixture other = ReviewFixture.create(db, "Outsiders");
        UUID request = f.submit(f.writer(), f.section1());
        f.comment(f.editor(), request, f.section1(), 4, 11, "harbour", "Which harbour?");

        SQLException e = other.refusal(other.editor(), ADD, request, f.section1(), 4, 11, "harbour", "Peeking.");

        assertThat(e.getSQLState()).isEqualTo("P0002");
        assertThat(other.call(other.admin(), "select count(*) from quire.review_comment where request_id = ?::uuid", request))
                .isEqualTo(0L);
        assertThat(f.call(f.writer(), "select count(*) from quire.review_comment where request_id = ?::uuid", request))
                .isEqualTo(1L);
    }

    @Test
    void reviewComment_cannotBeWrittenDirectly_byMembers() {
        ReviewFixture f = ReviewFixture.create(db, "No direct writes");
        UUID request = f.submit(f.writer(), f.section1());
        UUID thread = f.comment(f.editor(), request, f.section1(), 4, 11, "harbour", "Which harbour?");

        for (String login : List.of(f.admin(), f.editor(), f.writer())) {
            SQLException forged = f.refusal(login, """
                    insert into quire.review_comment (org_id, request_id, node_id, round, anchor_start, anchor_end,
                                                      quote, body, author_id)
                    values (?::uuid, ?::uuid, ?::uuid, 1, 0, 3, 'The', 'Forged', ?::uuid)""",
                    f.org(), request, f.section1(), f.person(login));
            assertThat(forged.getSQLState()).as("%s inserting", login).isEqualTo("42501");
            assertThat(ReviewSubmissionTest.changedOrRefused(f, login,
                    "update quire.review_comment set body = 'Rewritten' where id = ?::uuid", thread)).isZero();
            assertThat(ReviewSubmissionTest.changedOrRefused(f, login,
                    "update quire.review_comment set resolved_at = now() where id = ?::uuid", thread)).isZero();
            assertThat(ReviewSubmissionTest.changedOrRefused(f, login,
                    "delete from quire.review_comment where id = ?::uuid", thread)).isZero();
        }
        assertThat(f.call(f.writer(), "select body from quire.review_comment where id = ?::uuid", thread))
                .isEqualTo("Which harbour?");
    }

    @Test
    void reviewComment_bodyQuoteAnchorAndAuthor_cannotBeChanged_evenByTheOwner() {
        ReviewFixture f = ReviewFixture.create(db, "As written");
        UUID request = f.submit(f.writer(), f.section1());
        UUID thread = f.comment(f.editor(), request, f.section1(), 4, 11, "harbour", "Which harbour?");

        for (String change : List.of("body = 'Rewritten'", "quote = 'ferry'", "anchor_start = 0",
                "author_id = null", "thread_id = id")) {
            SQLException e = f.refusal(f.owner(), "update quire.review_comment set " + change + " where id = ?::uuid", thread);
            assertThat(e.getSQLState()).as(change).isEqualTo("42501");
        }
        assertThat(f.refusal(f.owner(), "delete from quire.review_comment where id = ?::uuid", thread).getSQLState())
                .isEqualTo("42501");
        assertThat(f.rows(f.owner(), "select body, quote, anchor_start, anchor_end from quire.review_comment where id = ?::uuid",
                thread)).containsExactly(List.of("Which harbour?", "harbour", 4, 11));
    }

    @Test
    void replyReviewComment_isRefused_onAReply() {
        ReviewFixture f = ReviewFixture.create(db, "One level");
        UUID request = f.submit(f.writer(), f.section1());
        UUID thread = f.comment(f.editor(), request, f.section1(), 4, 11, "harbour", "Which harbour?");
        UUID reply = f.reply(f.writer(), thread, "  The old one.  ");

        SQLException e = f.refusal(f.editor(), REPLY, reply, "A reply to a reply.");

        assertThat(e.getSQLState()).isEqualTo("22023");
        assertThat(f.rows(f.writer(), "select thread_id, quote, body, anchor_start from quire.review_comment where id = ?::uuid",
                reply)).containsExactly(java.util.Arrays.asList(thread, null, "The old one.", 4));
    }

    @Test
    void addReviewComment_refusesBadAnchorsBodiesAndSections() {
        ReviewFixture f = ReviewFixture.create(db, "Bad input");
        UUID request = f.submit(f.writer(), f.section1());

        assertThat(f.refusal(f.editor(), ADD, request, f.section1(), 11, 4, "harbour", "Backwards.").getSQLState())
                .isEqualTo("22023");
        assertThat(f.refusal(f.editor(), ADD, request, f.section1(), -1, 6, "harbour", "Before.").getSQLState())
                .isEqualTo("22023");
        assertThat(f.refusal(f.editor(), ADD, request, f.section1(), 4, 11, "a much longer quote", "Mismatch.").getSQLState())
                .isEqualTo("22023");
        assertThat(f.refusal(f.editor(), ADD, request, f.section1(), 4, 11, "harbour", "   ").getSQLState())
                .isEqualTo("22023");
        assertThat(f.refusal(f.editor(), ADD, request, f.section1(), 4, 11, "harbour", "x".repeat(10_001)).getSQLState())
                .isEqualTo("22023");
        assertThat(f.refusal(f.editor(), ADD, request, f.section2(), 0, 2, "By", "Not submitted.").getSQLState())
                .as("a section outside the request").isEqualTo("22023");
        assertThat(f.count("select count(*) from quire.review_comment where request_id = ?::uuid", request)).isZero();
    }

    @Test
    void addReviewComment_isRefused_onDiscardedRequests_andAllowedOnApprovedOnes() {
        ReviewFixture f = ReviewFixture.create(db, "Closed");
        UUID approved = f.submit(f.writer(), f.section1());
        f.approve(f.editor(), approved, 1);
        assertThat(f.approve(f.admin(), approved, 2)).isEqualTo("approved");
        UUID discarded = f.submit(f.writer(), f.section2());
        UUID thread = f.comment(f.editor(), discarded, f.section2(), 0, 2, "By", "Earlier?");
        f.call(f.writer(), "select quire.discard_review(?::uuid)::text", discarded);

        assertThat(f.comment(f.consultant(), approved, f.section1(), 4, 11, "harbour", "Lovely.")).isNotNull();
        assertThat(f.refusal(f.editor(), ADD, discarded, f.section2(), 0, 2, "By", "Too late.").getSQLState())
                .isEqualTo("55000");
        assertThat(f.refusal(f.writer(), REPLY, thread, "Too late.").getSQLState()).isEqualTo("55000");
    }

    @Test
    void mentions_notifyOnlyActiveMembersNamed_neverTheAuthor() {
        ReviewFixture f = ReviewFixture.create(db, "Mentions");
        ReviewFixture other = ReviewFixture.create(db, "Mentions elsewhere");
        f.update(f.owner(), "update quire.membership set active = false where person_id = ?::uuid", f.person(f.editor2()));
        UUID request = f.submit(f.writer(), f.section1());
        String body = "@" + f.editor() + ", ask @" + f.writer() + " and @" + f.editor2() + " and @" + other.editor()
                + " and @nobody_here; not mail@" + f.admin() + ".";

        UUID thread = f.comment(f.writer(), request, f.section1(), 4, 11, "harbour", body);
        f.reply(f.consultant(), thread, "Agreed, @" + f.admin().toUpperCase() + ".");

        assertThat(f.rows(f.owner(), "select person_id, kind from quire.notification where request_id = ?::uuid and kind = 'mention'"
                + " order by created_at", request))
                .containsExactly(List.of(f.person(f.editor()), "mention"), List.of(f.person(f.admin()), "mention"));
    }

    @Test
    void resolveReviewThread_isAllowedToTheAuthorSubmitterDeciderAndAdmin_only() {
        ReviewFixture f = ReviewFixture.create(db, "Resolving");
        UUID request = f.submit(f.writer(), f.section1());
        UUID thread = f.comment(f.consultant(), request, f.section1(), 4, 11, "harbour", "Which harbour?");
        UUID reply = f.reply(f.editor2(), thread, "The old one.");
        UUID byAdmin = f.comment(f.admin(), request, f.section1(), 0, 3, "The", "Start stronger.");

        assertThat(f.refusal(f.consultant(), RESOLVE, byAdmin, true).getSQLState()).as("someone else's thread").isEqualTo("42501");
        assertThat(f.refusal(f.writer(), RESOLVE, reply, true).getSQLState()).as("a reply").isEqualTo("22023");
        for (String login : List.of(f.consultant(), f.writer(), f.editor(), f.admin())) {
            f.resolve(login, thread, true);
            assertThat(f.rows(f.owner(), "select resolved_by from quire.review_comment where id = ?::uuid", thread))
                    .as("resolved by %s", login).containsExactly(List.of(f.person(login)));
            f.resolve(login, thread, false);
            assertThat(f.call(f.owner(), "select resolved_at is null from quire.review_comment where id = ?::uuid", thread))
                    .as("reopened by %s", login).isEqualTo(true);
        }
    }

    @Test
    void addReviewComment_signalsTheOrganizationsReviewChannel_andLogsNoReviewEvent() throws Exception {
        ReviewFixture f = ReviewFixture.create(db, "Signals");
        UUID request = f.submit(f.writer(), f.section1());
        long events = f.count("select count(*) from quire.review_event where request_id = ?::uuid", request);
        try (var listener = db.rawConnection(db.as(f.admin())); var s = listener.createStatement()) {
            s.execute("listen " + ReviewRepository.channel(f.org()));
            f.comment(f.editor(), request, f.section1(), 4, 11, "harbour", "Which harbour?");
            s.execute("select 1");
            var notifications = listener.unwrap(org.postgresql.PGConnection.class).getNotifications(5000);
            assertThat(notifications).extracting(org.postgresql.PGNotification::getParameter).contains(request.toString());
        }
        assertThat(f.count("select count(*) from quire.review_event where request_id = ?::uuid", request)).isEqualTo(events);
    }
}
