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
 * Handling a request between submission and decision (ADR 0016): claiming and releasing a step,
 * delegating it, publishing what was approved and discarding, each as plain SQL by the person who
 * would try it.
 */
class ReviewHandlingTest {
    private static final String CLAIM = "select quire.claim_review(?::uuid)";
    private static final String DELEGATE = "select quire.delegate_review(?::uuid, ?::uuid, ?::text)";

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
    void claimReview_holdsTheStepForOneDecider_untilReleased() {
        ReviewFixture f = ReviewFixture.create(db, "Claims");
        UUID request = f.submit(f.writer(), f.chapter());

        f.call(f.editor(), CLAIM, request);
        SQLException taken = f.refusal(f.editor2(), CLAIM, request);
        assertThat(taken.getSQLState()).as("claimed by someone else").isEqualTo("55000");
        assertThat(f.call(f.editor2(), "select claimed_by from quire.review_queue where request_id = ?::uuid", request))
                .isEqualTo(f.person(f.editor()));

        f.call(f.editor(), "select quire.release_review(?::uuid)", request);
        f.call(f.editor2(), CLAIM, request);

        assertThat(f.call(f.editor(), "select claimed_by from quire.review_step where request_id = ?::uuid and position = 1",
                request)).isEqualTo(f.person(f.editor2()));
    }

    @Test
    void claimReview_isRefused_forSomeoneWithoutTheStepsRole() {
        ReviewFixture f = ReviewFixture.create(db, "Claim role");
        UUID request = f.submit(f.admin(), f.chapter());

        SQLException e = f.refusal(f.writer(), CLAIM, request);

        assertThat(e.getSQLState()).isEqualTo("42501");
        assertThat(f.call(f.owner(), "select claimed_by is null from quire.review_step where request_id = ?::uuid and position = 1",
                request)).isEqualTo(true);
    }

    @Test
    void delegateReview_letsTheDelegateDecide_butNeverTheSubmitter() {
        ReviewFixture f = ReviewFixture.create(db, "Delegation");
        UUID request = f.submit(f.writer(), f.chapter());

        SQLException toSubmitter = f.refusal(f.editor(), DELEGATE, request, f.person(f.writer()), "You know it best");
        assertThat(toSubmitter.getSQLState()).as("delegated to the submitter").isIn("42501", "22023");
        f.call(f.editor(), DELEGATE, request, f.person(f.consultant()), "Away this week");

        assertThat(f.rows(f.consultant(), "select step_position from quire.review_queue where request_id = ?::uuid", request))
                .as("the step is in the delegate's queue").containsExactly(List.of(1));
        assertThat(f.approve(f.consultant(), request, 1)).isEqualTo("in_review");
        assertThat(f.count("select count(*) from quire.review_event where request_id = ?::uuid and kind = 'delegated'", request))
                .isEqualTo(1);
    }

    @Test
    void delegateReview_isRefused_forSomeoneWithoutTheStepsRole_andToAnotherOrganization() {
        ReviewFixture f = ReviewFixture.create(db, "Delegation guards");
        ReviewFixture other = ReviewFixture.create(db, "Elsewhere");
        UUID request = f.submit(f.admin(), f.chapter());

        SQLException self = f.refusal(f.writer(), DELEGATE, request, f.person(f.writer()), "I will do it");
        assertThat(self.getSQLState()).as("a writer delegating the editors' step to themselves").isEqualTo("42501");
        SQLException outside = f.refusal(f.editor(), DELEGATE, request, other.person(other.editor()), "A friend");
        assertThat(outside.getSQLState()).as("delegated outside the organization").isIn("42501", "22023");

        assertThat(f.call(f.owner(), "select delegated_to is null from quire.review_step where request_id = ?::uuid and position = 1",
                request)).isEqualTo(true);
    }

    @Test
    void escalateOverdueReviews_tellsOnlyTheEscalationPerson_whenTheStepNamesOne() {
        ReviewFixture f = ReviewFixture.create(db, "Escalate to a person");
        f.update(f.admin(), "update quire.workflow_step set escalate_role = null, escalate_person = ?::uuid "
                + "where template_id = ?::uuid and position = 1", f.person(f.editor2()), f.defaultTemplate());
        UUID request = f.submit(f.writer(), f.chapter());
        f.update(f.owner(), "update quire.review_step set due_at = now() - interval '1 minute' "
                + "where request_id = ?::uuid and position = 1", request);

        assertThat(f.call(f.consultant(), "select quire.escalate_overdue_reviews()")).isEqualTo(1);

        assertThat(f.rows(f.owner(), "select person_id from quire.notification where request_id = ?::uuid and kind = 'escalation'",
                request)).containsExactly(List.of(f.person(f.editor2())));
        assertThat(f.rows(f.editor2(), "select step_position, overdue from quire.review_queue where request_id = ?::uuid",
                request)).containsExactly(List.of(1, true));
    }

    @Test
    void escalatedStep_mayBeDecidedByItsEscalationRole_butNotBeforeItIsOverdue() {
        ReviewFixture f = ReviewFixture.create(db, "Escalated decision");
        UUID request = f.submit(f.writer(), f.chapter());
        assertThat(f.refusal(f.admin(), "select quire.decide_review(?::uuid, 1, 'approve', '')", request).getSQLState())
                .as("step 1 is the editors' until it is escalated").isEqualTo("42501");
        f.update(f.owner(), "update quire.review_step set due_at = now() - interval '1 minute' "
                + "where request_id = ?::uuid and position = 1", request);
        assertThat(f.call(f.consultant(), "select quire.escalate_overdue_reviews()")).isEqualTo(1);

        assertThat(f.call(f.admin(), "select quire.decide_review(?::uuid, 1, 'approve', '')", request)).isEqualTo("in_review");
    }

    @Test
    void workflowStep_escalatesOnlyToAMemberOfItsOrganization() {
        ReviewFixture f = ReviewFixture.create(db, "Escalate inside");
        ReviewFixture other = ReviewFixture.create(db, "Escalate outside");

        SQLException refused = f.refusal(f.admin(), "update quire.workflow_step set escalate_role = null, "
                + "escalate_person = ?::uuid where template_id = ?::uuid and position = 1",
                other.person(other.editor()), f.defaultTemplate());

        assertThat(refused.getSQLState()).isEqualTo("22023");
        assertThat(refused.getMessage()).contains("a member of its organization");
    }

    @Test
    void publishReview_marksTheApprovedRevisionsPublished_onlyOnceApproved() {
        ReviewFixture f = ReviewFixture.create(db, "Publish");
        UUID request = f.submit(f.writer(), f.chapter());
        f.refusal(f.writer(), "select quire.publish_review(?::uuid)", request);
        f.approve(f.editor(), request, 1);
        f.approve(f.admin(), request, 2);

        f.call(f.writer(), "select quire.publish_review(?::uuid)", request);

        assertThat(f.call(f.editor(), "select state from quire.review_request where id = ?::uuid", request)).isEqualTo("published");
        assertThat(f.rows(f.writer(), """
                select r.node_id, r.published_at is not null from quire.revision r
                join quire.review_section s on s.node_id = r.node_id and s.request_id = ?::uuid
                where r.kind = 'approved' order by s.position""", request))
                .containsExactly(List.of(f.section1(), true), List.of(f.section2(), true));
    }

    @Test
    void discardReview_isForTheSubmitterOrAnAdmin() {
        ReviewFixture f = ReviewFixture.create(db, "Discard");
        UUID request = f.submit(f.writer(), f.chapter());

        SQLException e = f.refusal(f.editor(), "select quire.discard_review(?::uuid)", request);
        assertThat(e.getSQLState()).isEqualTo("42501");
        f.call(f.writer(), "select quire.discard_review(?::uuid)", request);

        assertThat(f.call(f.editor(), "select state from quire.review_request where id = ?::uuid", request)).isEqualTo("discarded");
        SQLException late = f.refusal(f.editor(), "select quire.decide_review(?::uuid, 1, 'approve', null::text)", request);
        assertThat(late.getSQLState()).as("deciding a discarded request").isEqualTo("55000");
    }
}
