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
 * Workflow templates and submission (ADR 0016, contract of V9), checked as plain SQL by the person
 * who would try it: the default template, who may edit it, and what submitting pins and copies.
 */
class ReviewSubmissionTest {
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
    void organizationInsert_createsTheDefaultTemplate_copyEditThenFinalApproval() {
        ReviewFixture f = ReviewFixture.create(db, "Templates");

        List<List<Object>> templates = f.rows(f.writer(),
                "select name from quire.workflow_template where org_id = ?::uuid and is_default", f.org());
        assertThat(templates).containsExactly(List.of("Copy edit → Final approval"));
        List<List<Object>> steps = f.rows(f.editor(), """
                select position, name, decider_role, approvals_needed, sla_hours,
                       coalesce(escalate_role, '-'), escalate_person is null
                from quire.workflow_step where template_id = ?::uuid order by position""", f.defaultTemplate());
        assertThat(steps).containsExactly(
                List.of(1, "Copy edit", "editor", 1, 48, "admin", true),
                List.of(2, "Final approval", "admin", 1, 72, "-", true));
    }

    @Test
    void workflowStep_cannotBeInsertedUpdatedOrDeleted_byANonAdmin() {
        ReviewFixture f = ReviewFixture.create(db, "Template guards");
        UUID template = f.defaultTemplate();

        for (String login : List.of(f.editor(), f.writer(), f.consultant())) {
            SQLException insert = f.refusal(login, """
                    insert into quire.workflow_step (org_id, template_id, position, name, decider_role,
                                                     approvals_needed, sla_hours)
                    values (?::uuid, ?::uuid, 3, 'Legal', 'editor', 1, 24)""", f.org(), template);
            assertThat(insert.getSQLState()).as("%s inserting a step", login).isEqualTo("42501");
            assertThat(changedOrRefused(f, login,
                    "update quire.workflow_step set sla_hours = 1 where template_id = ?::uuid", template))
                    .as("%s updating steps", login).isZero();
            assertThat(changedOrRefused(f, login, "delete from quire.workflow_step where template_id = ?::uuid", template))
                    .as("%s deleting steps", login).isZero();
        }
        assertThat(f.count("select count(*) from quire.workflow_step where template_id = ?::uuid and sla_hours in (48, 72)",
                template)).as("both steps unchanged").isEqualTo(2);
    }

    @Test
    void workflowStep_isEditedByAnAdmin_withinItsChecks() {
        ReviewFixture f = ReviewFixture.create(db, "Template edits");
        UUID template = f.defaultTemplate();

        assertThat(f.update(f.admin(), "update quire.workflow_step set sla_hours = 24, approvals_needed = 2 "
                + "where template_id = ?::uuid and position = 1", template)).isEqualTo(1);
        assertThat(f.rows(f.editor(), "select sla_hours, approvals_needed from quire.workflow_step "
                + "where template_id = ?::uuid and position = 1", template)).containsExactly(List.of(24, 2));

        for (int approvals : new int[] {0, 7}) {
            SQLException e = f.refusal(f.admin(), "update quire.workflow_step set approvals_needed = ?::int "
                    + "where template_id = ?::uuid and position = 1", approvals, template);
            assertThat(e.getSQLState()).as("approvals_needed %d", approvals).isEqualTo("23514");
        }
        SQLException both = f.refusal(f.admin(), "update quire.workflow_step set escalate_person = ?::uuid "
                + "where template_id = ?::uuid and position = 1", f.person(f.admin()), template);
        assertThat(both.getSQLState()).as("an escalation role and person at once").isEqualTo("23514");
    }

    @Test
    void submitForReview_pinsEachSectionsHashAndCopiesTheSteps_whenTheWriterSubmitsAChapter() {
        ReviewFixture f = ReviewFixture.create(db, "Submission");

        UUID request = f.submit(f.writer(), f.chapter());

        assertThat(f.rows(f.editor(), """
                select state, current_step, round, submitted_by, node_id, project_id, template_id
                from quire.review_request where id = ?::uuid""", request))
                .containsExactly(List.of("in_review", 1, 1, f.person(f.writer()), f.chapter(), f.project(), f.defaultTemplate()));
        assertThat(f.rows(f.writer(), """
                select s.node_id, s.state, s.pinned_hash = encode(sha256(convert_to(c.body, 'UTF8')), 'hex'),
                       s.approved_hash is null
                from quire.review_section s join quire.node_content c on c.node_id = s.node_id
                where s.request_id = ?::uuid order by s.position""", request))
                .as("one row per section, in binder order, pinned to the stored text")
                .containsExactly(List.of(f.section1(), "pending", true, true), List.of(f.section2(), "pending", true, true));
        assertThat(f.rows(f.writer(), """
                select s.node_id, r.kind, r.content_hash = s.pinned_hash
                from quire.review_section s join quire.revision r on r.id = s.pinned_revision_id
                where s.request_id = ?::uuid order by s.position""", request))
                .as("a 'submitted' revision keeps the exact text")
                .containsExactly(List.of(f.section1(), "submitted", true), List.of(f.section2(), "submitted", true));
        assertThat(f.rows(f.editor(), """
                select position, name, decider_role, approvals_needed, sla_hours, completed_at is null
                from quire.review_step where request_id = ?::uuid order by position""", request))
                .containsExactly(List.of(1, "Copy edit", "editor", 1, 48, true), List.of(2, "Final approval", "admin", 1, 72, true));
        assertThat(f.call(f.owner(), """
                select started_at between now() - interval '10 minutes' and now()
                   and due_at between started_at + interval '47 hours 59 minutes' and started_at + interval '48 hours 1 minute'
                from quire.review_step where request_id = ?::uuid and position = 1""", request))
                .as("step 1 started now and is due in its 48 hours").isEqualTo(true);
        assertThat(f.count("select count(*) from quire.review_event where request_id = ?::uuid and kind = 'submitted'", request))
                .isEqualTo(1);
    }

    @Test
    void submitForReview_copiesTheTemplate_soLaterTemplateEditsLeaveTheRequestAlone() {
        ReviewFixture f = ReviewFixture.create(db, "Snapshot");
        UUID request = f.submit(f.writer(), f.section1());

        f.update(f.admin(), "update quire.workflow_step set approvals_needed = 3 where template_id = ?::uuid and position = 1",
                f.defaultTemplate());

        assertThat(f.call(f.editor(), "select approvals_needed from quire.review_step where request_id = ?::uuid and position = 1",
                request)).isEqualTo(1);
        assertThat(f.rows(f.editor(), "select node_id from quire.review_section where request_id = ?::uuid", request))
                .as("a section submitted alone is the request's only section").containsExactly(List.of(f.section1()));
    }

    @Test
    void submitForReview_isRefused_forAnEditor() {
        ReviewFixture f = ReviewFixture.create(db, "Editor submits");

        SQLException e = f.refusal(f.editor(), "select quire.submit_for_review(?::uuid)", f.chapter());

        assertThat(e.getSQLState()).isEqualTo("42501");
        assertThat(f.count("select count(*) from quire.review_request where org_id = ?::uuid", f.org())).isZero();
    }

    @Test
    void submitForReview_isRefused_whileASectionIsInAnOpenRequest() {
        ReviewFixture f = ReviewFixture.create(db, "Twice");
        f.submit(f.writer(), f.chapter());

        SQLException again = f.refusal(f.writer(), "select quire.submit_for_review(?::uuid)", f.chapter());
        SQLException oneSection = f.refusal(f.consultant(), "select quire.submit_for_review(?::uuid)", f.section2());

        assertThat(again.getSQLState()).isEqualTo("55000");
        assertThat(oneSection.getSQLState()).isEqualTo("55000");
        assertThat(f.count("select count(*) from quire.review_request where org_id = ?::uuid", f.org())).isEqualTo(1);
    }

    @Test
    void submitForReview_isRefused_forAChapterWithoutSections() {
        ReviewFixture f = ReviewFixture.create(db, "Empty chapter");
        UUID empty = f.newChapter("Nothing yet");

        SQLException e = f.refusal(f.writer(), "select quire.submit_for_review(?::uuid)", empty);

        assertThat(e.getSQLState()).isEqualTo("55000");
    }

    /** Rows an update or delete changed, or 0 when it was refused outright for lack of privilege. */
    static int changedOrRefused(ReviewFixture f, String login, String sql, Object... args) {
        try {
            return f.update(login, sql, args);
        } catch (ReviewFixture.SqlFailure e) {
            assertThat(e.sqlState()).as("a refusal, not another error: %s", e.getMessage()).isEqualTo("42501");
            return 0;
        }
    }
}
