package studio.quire.review;

import org.jooq.Condition;
import org.jooq.Configuration;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import studio.quire.db.schema.Routines;
import studio.quire.db.schema.tables.Node;
import studio.quire.db.schema.tables.ReviewRequest;
import studio.quire.db.schema.tables.ReviewSection;
import studio.quire.db.schema.tables.ReviewStep;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import static studio.quire.db.RefusedByDatabaseException.translate;
import static studio.quire.db.schema.Tables.NODE;
import static studio.quire.db.schema.Tables.PERSON;
import static studio.quire.db.schema.Tables.REVIEW_DECISION;
import static studio.quire.db.schema.Tables.REVIEW_REQUEST;
import static studio.quire.db.schema.Tables.REVIEW_SECTION;
import static studio.quire.db.schema.Tables.REVIEW_STEP;
import static studio.quire.db.schema.Tables.WORKFLOW_TEMPLATE;

/**
 * Review requests as the signed-in person may see and change them (ADR 0016): every change goes
 * through the database's review functions, which hold the rules (role, own submission, order,
 * approvals, pinned text) whoever calls them; the queue is read a keyset page at a time.
 */
public final class ReviewRepository {
    private static final ReviewStep S = REVIEW_STEP.as("s");
    private static final ReviewRequest R = REVIEW_REQUEST.as("r");

    private final DSLContext dsl;

    public ReviewRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The NOTIFY channel on which an organization's review changes are announced. */
    public static String channel(UUID orgId) {
        return "review_" + orgId.toString().replace("-", "");
    }

    /** Submits a section, chapter or book at its current text with the organization's default workflow. */
    public UUID submit(UUID nodeId) {
        return submit(nodeId, null);
    }

    /** Submits with this workflow of the node's organization (null: its default). */
    public UUID submit(UUID nodeId, UUID templateId) {
        return translate(() -> Routines.submitForReview(dsl.configuration(), nodeId, templateId));
    }

    /** The workflows of the node's organization, the default first. */
    public List<WorkflowChoice> workflowsFor(UUID nodeId) {
        return translate(() -> dsl.select(WORKFLOW_TEMPLATE.ID, WORKFLOW_TEMPLATE.NAME, WORKFLOW_TEMPLATE.IS_DEFAULT)
                .from(WORKFLOW_TEMPLATE).join(NODE).on(NODE.ORG_ID.eq(WORKFLOW_TEMPLATE.ORG_ID))
                .where(NODE.ID.eq(nodeId))
                .orderBy(WORKFLOW_TEMPLATE.IS_DEFAULT.desc(), WORKFLOW_TEMPLATE.NAME)
                .fetch(r -> new WorkflowChoice(r.value1(), r.value2(), r.value3())));
    }

    /**
     * The newest request that covers a node (the node itself was submitted, or a section of it, or
     * the chapter or book holding it), with its current step and the comment of its last decision.
     */
    public Optional<RequestStatus> statusOf(UUID nodeId) {
        ReviewStep x = REVIEW_STEP.as("x");
        var d = REVIEW_DECISION.as("d"); // the table, not the editor's ReviewDecision
        Field<Integer> steps = DSL.field(DSL.selectCount().from(x).where(x.REQUEST_ID.eq(R.ID)));
        Field<String> lastComment = DSL.field(DSL.select(d.COMMENT).from(d).where(d.REQUEST_ID.eq(R.ID))
                .orderBy(d.DECIDED_AT.desc()).limit(DSL.inline(1)));
        return translate(() -> dsl.select(R.ID, R.TITLE, R.STATE, R.CURRENT_STEP, R.ROUND, R.SUBMITTED_BY,
                        R.SUBMITTED_AT, S.NAME, S.DUE_AT, steps, lastComment)
                .from(R).leftJoin(S).on(S.REQUEST_ID.eq(R.ID)).and(S.POSITION.eq(R.CURRENT_STEP))
                .where(covers(nodeId))
                .orderBy(R.SUBMITTED_AT.desc()).limit(1)
                .fetchOptional(r -> new RequestStatus(r.value1(), r.value2(), ReviewState.fromDb(r.value3()), r.value4(),
                        r.value10(), r.value8(), r.value5(), r.value6(), r.value7(), r.value9(), r.value11())));
    }

    /** Every request that covered the node (as {@link #statusOf} finds them), newest first, at most {@code limit}. */
    public List<PastReview> reviewsOf(UUID nodeId, int limit) {
        return translate(() -> dsl.select(R.ID, R.TITLE, R.STATE, R.ROUND, R.SUBMITTED_AT, R.UPDATED_AT).from(R)
                .where(covers(nodeId))
                .orderBy(R.SUBMITTED_AT.desc(), R.ID).limit(limit)
                .fetch(r -> new PastReview(r.value1(), r.value2(), ReviewState.fromDb(r.value3()), r.value4(),
                        r.value5(), r.value6())));
    }

    /** Requests {@code r} that submitted the node, a section of it, or a section of a chapter (or book) it is. */
    private static Condition covers(UUID nodeId) {
        ReviewSection rs = REVIEW_SECTION.as("rs");
        Node c = NODE.as("c");
        return R.NODE_ID.eq(nodeId)
                .or(R.ID.in(DSL.select(rs.REQUEST_ID).from(rs).where(rs.NODE_ID.eq(nodeId))))
                .or(R.ID.in(DSL.select(rs.REQUEST_ID).from(rs)
                        .where(rs.NODE_ID.in(DSL.select(c.ID).from(c).where(c.PARENT_ID.eq(nodeId))))));
    }

    /** Submits a request again after changes (the submitter or an admin). */
    public void resubmit(UUID requestId) {
        call(cfg -> Routines.resubmitReview(cfg, requestId));
    }

    /** Decides step {@code step} of a request; returns the request's state afterwards. */
    public ReviewState decide(UUID requestId, int step, ReviewDecision decision, String comment) {
        return translate(() -> ReviewState.fromDb(
                Routines.decideReview(dsl.configuration(), requestId, step, decision.dbName(), comment)));
    }

    /** Publishes an approved request: its approved texts are marked published (its submitter or an admin). */
    public void publish(UUID requestId) {
        call(cfg -> Routines.publishReview(cfg, requestId));
    }

    /** Closes an open request without a decision (its submitter or an admin). */
    public void discard(UUID requestId) {
        call(cfg -> Routines.discardReview(cfg, requestId));
    }

    /**
     * Escalates the overdue steps of my organizations to their targets, once each; safe with many
     * clients at once (the database skips what another is escalating). Returns how many now.
     */
    public int escalateOverdue() {
        return translate(() -> Routines.escalateOverdueReviews(dsl.configuration()));
    }

    /** Takes the current step of a request for me, so other editors see it is being handled. */
    public void claim(UUID requestId) {
        call(cfg -> Routines.claimReview(cfg, requestId));
    }

    /** Gives back a step I took (an admin may release anyone's). */
    public void release(UUID requestId) {
        call(cfg -> Routines.releaseReview(cfg, requestId));
    }

    /** Who is signed in (null for the schema owner). */
    public UUID currentPersonId() {
        return translate(() -> Routines.currentPersonId(dsl.configuration()));
    }

    /** The display names of these people, as far as I may see them. */
    public Map<UUID, String> displayNames(Collection<UUID> people) {
        if (people.isEmpty()) {
            return Map.of();
        }
        return translate(() -> dsl.select(PERSON.ID, PERSON.DISPLAY_NAME).from(PERSON)
                .where(PERSON.ID.eq(DSL.any(people.toArray(UUID[]::new))))
                .fetchMap(PERSON.ID, PERSON.DISPLAY_NAME));
    }

    /** Runs a function of no result on the pool's configuration, translating what the database refuses. */
    private void call(Consumer<Configuration> function) {
        translate(() -> {
            function.accept(dsl.configuration());
            return null;
        });
    }
}
