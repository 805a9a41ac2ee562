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
 * The decision rules of ADR 0016 hold for anyone connecting as themselves: only the step's role
 * decides, never the submitter, steps go in order, approvals are counted once per person, changed
 * text cannot be approved, and the history cannot be rewritten, not even by the owner.
 */
class ReviewRulesTest {
    private static final String DECIDE = "select quire.decide_review(?::uuid, ?::int, ?::text, ?::text)";

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
    void decideReview_isRefused_onTheDecidersOwnSubmission() {
        ReviewFixture f = ReviewFixture.create(db, "Own submission");
        UUID request = f.submit(f.admin(), f.chapter());
        assertThat(f.approve(f.editor(), request, 1)).isEqualTo("in_review");

        SQLException e = f.refusal(f.admin(), DECIDE, request, 2, "approve", null);

        assertThat(e.getSQLState()).isEqualTo("42501");
        assertThat(e.getMessage()).containsIgnoringCase("own submission");
        assertThat(f.rows(f.admin(), "select state, current_step from quire.review_request where id = ?::uuid", request))
                .containsExactly(List.of("in_review", 2));
        assertThat(decisions(f, request, 2)).isZero();
    }

    @Test
    void nodeStatus_approvedOrInReviewOrPublished_isSetAndTakenBackOnlyByReviews_evenForAnAdmin() {
        ReviewFixture f = ReviewFixture.create(db, "Status by hand");
        for (String status : List.of("approved", "in_review", "published")) {
            SQLException e = f.refusal(f.admin(), "update quire.node set status = ? where id = ?::uuid", status, f.section1());
            assertThat(e.getSQLState()).as(status).isEqualTo("42501");
            assertThat(e.getMessage()).contains("comes from review decisions");
        }
        assertThat(f.update(f.writer(), "update quire.node set status = 'discarded' where id = ?::uuid", f.section1()))
                .isEqualTo(1);

        UUID request = f.submit(f.writer(), f.section2());
        assertThat(f.rows(f.writer(), "select status from quire.node where id = ?::uuid", f.section2()))
                .as("set by the review function").containsExactly(List.of("in_review"));
        SQLException hiding = f.refusal(f.writer(), "update quire.node set status = 'draft' where id = ?::uuid", f.section2());
        assertThat(hiding.getSQLState()).as("nor can a review going on be hidden").isEqualTo("42501");
        assertThat(hiding.getMessage()).contains("only a review changes it");

        f.call(f.writer(), "select quire.discard_review(?::uuid)", request);
        assertThat(f.rows(f.writer(), "select status from quire.node where id = ?::uuid", f.section2()))
                .as("taken back by the review").containsExactly(List.of("draft"));
    }

    @Test
    void aSubmittedChapter_showsItsReviewStatus_likeItsSections() {
        ReviewFixture f = ReviewFixture.create(db, "Chapter status");
        UUID request = f.submit(f.writer(), f.chapter());
        assertThat(f.rows(f.writer(), "select status from quire.node where id in (?::uuid, ?::uuid, ?::uuid)",
                f.chapter(), f.section1(), f.section2())).containsOnly(List.of("in_review"));

        f.call(f.writer(), "select quire.discard_review(?::uuid)", request);
        assertThat(f.rows(f.writer(), "select status from quire.node where id = ?::uuid", f.chapter()))
                .containsExactly(List.of("draft"));
    }

    @Test
    void defaultWorkflow_cannotBeDeletedOrUnset_evenByAnAdmin_butCanMoveToAnotherTemplate() {
        ReviewFixture f = ReviewFixture.create(db, "Keep a default");
        UUID standard = f.defaultTemplate();

        assertThat(f.refusal(f.admin(), "delete from quire.workflow_template where id = ?::uuid", standard).getSQLState())
                .isEqualTo("55006");
        assertThat(f.refusal(f.admin(), "update quire.workflow_template set is_default = false where id = ?::uuid", standard)
                .getSQLState()).isEqualTo("55006");

        f.update(f.admin(), "insert into quire.workflow_template (org_id, name) values (?::uuid, 'Quick look')", f.org());
        f.update(f.admin(), """
                do $$ begin
                    update quire.workflow_template set is_default = false where id = '%s';
                    update quire.workflow_template set is_default = true where name = 'Quick look' and org_id = '%s';
                end $$""".formatted(standard, f.org()));
        assertThat(f.rows(f.admin(), "select name from quire.workflow_template where is_default and org_id = ?::uuid", f.org()))
                .containsExactly(List.of("Quick look"));
    }

    @Test
    void decideReview_isRefused_forSomeoneWithoutTheStepsRole() {
        ReviewFixture f = ReviewFixture.create(db, "Wrong role");
        UUID request = f.submit(f.admin(), f.chapter());

        for (String login : List.of(f.writer(), f.consultant())) {
            SQLException e = f.refusal(login, DECIDE, request, 1, "approve", null);
            assertThat(e.getSQLState()).as("%s deciding the editors' step", login).isEqualTo("42501");
        }
        assertThat(decisions(f, request, 1)).isZero();
    }

    @Test
    void decideReview_isRefused_forALaterStepWhileTheFirstIsOpen() {
        ReviewFixture f = ReviewFixture.create(db, "Out of order");
        UUID request = f.submit(f.writer(), f.chapter());

        // The admin has step 2's role, so only the order can refuse this.
        SQLException e = f.refusal(f.admin(), DECIDE, request, 2, "approve", null);

        assertThat(e.getSQLState()).isEqualTo("55000");
        assertThat(decisions(f, request, 2)).isZero();
        assertThat(f.call(f.admin(), "select current_step from quire.review_request where id = ?::uuid", request)).isEqualTo(1);
    }

    @Test
    void decideReview_isRefused_whenASectionChangedAfterSubmission() {
        ReviewFixture f = ReviewFixture.create(db, "Stale text");
        UUID request = f.submit(f.writer(), f.chapter());

        f.edit(f.writer(), f.section2(), ReviewFixture.ENDING + " Nobody slept.");
        SQLException e = f.refusal(f.editor(), DECIDE, request, 1, "approve", null);

        assertThat(e.getSQLState()).isEqualTo("55000");
        assertThat(e.getMessage()).containsIgnoringCase("changed after it was submitted");
        assertThat(decisions(f, request, 1)).isZero();
    }

    @Test
    void reviewHistory_isAppendOnly_forMembersAndTheOwner() {
        ReviewFixture f = ReviewFixture.create(db, "History");
        UUID request = f.submit(f.writer(), f.chapter());
        f.decide(f.editor(), request, 1, "approve", "Clean copy.");

        for (String table : List.of("review_decision", "review_event")) {
            long rows = f.count("select count(*) from quire." + table + " where request_id = ?::uuid", request);
            assertThat(rows).as("history in %s", table).isPositive();
            for (String login : List.of(f.admin(), f.editor(), f.writer())) {
                assertThat(ReviewSubmissionTest.changedOrRefused(f, login,
                        "update quire." + table + " set org_id = org_id where request_id = ?::uuid", request))
                        .as("%s updating %s", login, table).isZero();
                assertThat(ReviewSubmissionTest.changedOrRefused(f, login,
                        "delete from quire." + table + " where request_id = ?::uuid", request))
                        .as("%s deleting from %s", login, table).isZero();
            }
            f.refusal(f.owner(), "update quire." + table + " set org_id = org_id where request_id = ?::uuid", request);
            f.refusal(f.owner(), "delete from quire." + table + " where request_id = ?::uuid", request);
            assertThat(f.count("select count(*) from quire." + table + " where request_id = ?::uuid", request))
                    .as("%s keeps every row", table).isEqualTo(rows);
        }
        assertThat(f.call(f.owner(), "select comment from quire.review_decision where request_id = ?::uuid", request))
                .isEqualTo("Clean copy.");
        SQLException forged = f.refusal(f.editor(), """
                insert into quire.review_decision (org_id, request_id, step_position, round, person_id, decision)
                values (?::uuid, ?::uuid, 2, 1, ?::uuid, 'approve')""", f.org(), request, f.person(f.editor()));
        assertThat(forged.getSQLState()).as("a decision written directly").isEqualTo("42501");
    }

    @Test
    void reviewTables_cannotBeWrittenDirectly_evenByAnAdmin() {
        ReviewFixture f = ReviewFixture.create(db, "No shortcuts");
        UUID request = f.submit(f.writer(), f.chapter());
        List<String> shortcuts = List.of(
                "update quire.review_request set state = 'approved' where id = ?::uuid",
                "update quire.review_step set completed_at = now() where request_id = ?::uuid",
                "update quire.review_section set state = 'approved' where request_id = ?::uuid",
                "update quire.notification set read_at = now() where request_id = ?::uuid",
                "delete from quire.review_section where request_id = ?::uuid",
                "delete from quire.review_request where id = ?::uuid");

        for (String login : List.of(f.admin(), f.editor(), f.writer())) {
            for (String sql : shortcuts) {
                assertThat(ReviewSubmissionTest.changedOrRefused(f, login, sql, request)).as("%s: %s", login, sql).isZero();
            }
        }
        assertThat(f.rows(f.owner(), "select state, current_step from quire.review_request where id = ?::uuid", request))
                .containsExactly(List.of("in_review", 1));
        assertThat(f.count("select count(*) from quire.review_step where request_id = ?::uuid and completed_at is null", request))
                .isEqualTo(2);
        assertThat(f.count("select count(*) from quire.review_section where request_id = ?::uuid and state = 'pending'", request))
                .isEqualTo(2);
    }

    @Test
    void decideReview_countsOneApprovalPerPerson_untilTheStepsRequiredNumber() {
        ReviewFixture f = ReviewFixture.create(db, "Two approvals");
        f.update(f.admin(), "update quire.workflow_step set approvals_needed = 2 where template_id = ?::uuid and position = 1",
                f.defaultTemplate());
        UUID request = f.submit(f.writer(), f.chapter());

        assertThat(f.approve(f.editor(), request, 1)).isEqualTo("in_review");
        assertThat(f.rows(f.editor(), "select completed_at is null from quire.review_step "
                + "where request_id = ?::uuid and position = 1", request)).as("one of two approvals").containsExactly(List.of(true));
        SQLException twice = f.refusal(f.editor(), DECIDE, request, 1, "approve", null);
        assertThat(twice.getSQLState()).as("the same editor approving again").isEqualTo("55000");
        assertThat(f.approve(f.editor2(), request, 1)).isEqualTo("in_review");

        assertThat(decisions(f, request, 1)).isEqualTo(2);
        assertThat(f.rows(f.admin(), "select current_step, round from quire.review_request where id = ?::uuid", request))
                .containsExactly(List.of(2, 1));
        assertThat(f.call(f.owner(), """
                select s1.completed_at is not null and s2.started_at is not null
                   and s2.due_at between s2.started_at + interval '71 hours 59 minutes' and s2.started_at + interval '72 hours 1 minute'
                from quire.review_step s1 join quire.review_step s2 on s2.request_id = s1.request_id and s2.position = 2
                where s1.request_id = ?::uuid and s1.position = 1""", request))
                .as("step 1 completed, step 2 started with its 72 hours").isEqualTo(true);
    }

    @Test
    void decideReview_requestChanges_needsAComment_andResubmissionStartsRoundTwo() {
        ReviewFixture f = ReviewFixture.create(db, "Changes");
        UUID request = f.submit(f.writer(), f.chapter());

        for (String blank : new String[] {null, "", "   "}) {
            SQLException e = f.refusal(f.editor(), DECIDE, request, 1, "request_changes", blank);
            assertThat(e.getSQLState()).as("comment [%s]", blank).isEqualTo("22023");
        }
        assertThat(f.decide(f.editor(), request, 1, "request_changes", "The ferry needs a name.")).isEqualTo("changes_requested");
        f.edit(f.writer(), f.section1(), "The harbour was quiet the night the Morning Star did not come.");

        f.call(f.writer(), "select quire.resubmit_review(?::uuid)", request);

        assertThat(f.rows(f.editor(), "select state, current_step, round from quire.review_request where id = ?::uuid", request))
                .containsExactly(List.of("in_review", 1, 2));
        assertThat(f.rows(f.writer(), """
                select bool_and(s.pinned_hash = encode(sha256(convert_to(c.body, 'UTF8')), 'hex'))
                from quire.review_section s join quire.node_content c on c.node_id = s.node_id
                where s.request_id = ?::uuid""", request)).as("the changed section is pinned again").containsExactly(List.of(true));
        assertThat(f.approve(f.editor(), request, 1)).as("round 2 can be decided").isEqualTo("in_review");
        assertThat(f.count("select count(*) from quire.review_event where request_id = ?::uuid and kind = 'resubmitted'", request))
                .isEqualTo(1);
    }

    @Test
    void decideReview_reject_discardsTheRequest_andFreesItsSections() {
        ReviewFixture f = ReviewFixture.create(db, "Reject");
        UUID request = f.submit(f.writer(), f.chapter());

        assertThat(f.decide(f.editor(), request, 1, "reject", "Not for this book.")).isEqualTo("discarded");

        assertThat(f.submit(f.writer(), f.section1())).as("a discarded request holds no section").isNotEqualTo(request);
    }

    private static long decisions(ReviewFixture f, UUID request, int step) {
        return f.count("select count(*) from quire.review_decision where request_id = ?::uuid and step_position = ?::int",
                request, step);
    }

    @Test
    void decideReview_isRefused_toWhoeverSentApprovedTextBackWithTheirOwnEdit() {
        ReviewFixture f = ReviewFixture.create(db, "Edit then approve");
        UUID request = f.submit(f.writer(), f.chapter());
        f.decide(f.editor(), request, 1, "approve", "");
        assertThat(f.decide(f.admin(), request, 2, "approve", "")).isEqualTo("approved");

        f.edit(f.admin(), f.section1(), ReviewFixture.OPENING + " The admin's own sentence.");
        f.decide(f.editor(), request, 1, "approve", "");
        SQLException refused = f.refusal(f.admin(), "select quire.decide_review(?::uuid, 2, 'approve', '')", request);

        assertThat(refused.getSQLState()).isEqualTo("42501");
        assertThat(refused.getMessage()).contains("own submission");
    }

    @Test
    void resubmitReview_isForTheSubmitterOrAnAdmin_andOnlyWithSomethingToResubmit() {
        ReviewFixture f = ReviewFixture.create(db, "Resubmit rights");
        UUID request = f.submit(f.writer(), f.chapter());

        assertThat(f.refusal(f.writer(), "select quire.resubmit_review(?::uuid)", request).getSQLState())
                .as("nothing changed, nothing asked for").isEqualTo("55000");
        f.decide(f.editor(), request, 1, "request_changes", "Tighten the opening.");
        assertThat(f.refusal(f.consultant(), "select quire.resubmit_review(?::uuid)", request).getSQLState())
                .as("another writer").isEqualTo("42501");
    }

    @Test
    void revision_ofKindApprovedOrSubmitted_cannotBeForgedByAMember() {
        ReviewFixture f = ReviewFixture.create(db, "Forged approval");
        for (String kind : List.of("approved", "submitted")) {
            SQLException refused = f.refusal(f.writer(), "insert into quire.revision (org_id, node_id, kind, name, body, "
                    + "content_hash, words, base_version) select org_id, id, ?, 'Forged', 'x', '', 1, 1 "
                    + "from quire.node where id = ?::uuid", kind, f.section1());
            assertThat(refused.getSQLState()).as(kind).isEqualTo("42501");
        }
    }
}
