package studio.quire.review;

import org.jooq.Condition;
import org.jooq.Configuration;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.Select;
import org.jooq.SelectConditionStep;
import org.jooq.SelectField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import studio.quire.db.schema.Routines;
import studio.quire.db.schema.tables.Node;
import studio.quire.db.schema.tables.ReviewQueue;
import studio.quire.db.schema.tables.ReviewRequest;
import studio.quire.db.schema.tables.ReviewSection;
import studio.quire.db.schema.tables.ReviewStep;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import static studio.quire.db.RefusedByDatabaseException.translate;
import static studio.quire.db.schema.Tables.MEMBERSHIP;
import static studio.quire.db.schema.Tables.NODE;
import static studio.quire.db.schema.Tables.PERSON;
import static studio.quire.db.schema.Tables.PROJECT;
import static studio.quire.db.schema.Tables.REVIEW_DECISION;
import static studio.quire.db.schema.Tables.REVIEW_QUEUE;
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
    /** What the queue shows of an item: the request and its open step. */
    private static final List<SelectField<?>> QUEUE_COLUMNS = List.of(R.ID, R.ORG_ID, R.PROJECT_ID, R.TITLE,
            S.POSITION, S.NAME, R.SUBMITTED_BY, R.SUBMITTED_AT, S.DUE_AT, S.CLAIMED_BY);

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
     * Up to {@code limit} items after {@code after}, soonest due first: for each role I hold, the
     * steps that role decides in my organizations with it; then what was delegated or escalated to me.
     */
    public List<QueueItem> queuePage(QueueCursor after, int limit) {
        return queuePage(after, limit, QueueFilter.NONE);
    }

    /**
     * Like {@link #queuePage(QueueCursor, int)}, only the items that pass {@code filter}. One
     * ordered range of review_step_queue_idx per role (the union's parts each take their own
     * first {@code limit}), then the delegated and escalated steps, merged and cut to a page.
     */
    public List<QueueItem> queuePage(QueueCursor after, int limit, QueueFilter filter) {
        return translate(() -> dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Condition page = queueFilter(filter)
                    .and(DSL.row(S.DUE_AT, S.REQUEST_ID).gt(after.dueAt(), after.requestId()));
            Select<? extends Record> parts = delegatedOrEscalated().and(page).orderBy(S.DUE_AT, S.REQUEST_ID).limit(limit);
            for (Record2<String, UUID[]> role : tx.select(MEMBERSHIP.ROLE, DSL.arrayAgg(MEMBERSHIP.ORG_ID))
                    .from(MEMBERSHIP)
                    .where(MEMBERSHIP.PERSON_ID.eq(Routines.currentPersonId())).and(MEMBERSHIP.ACTIVE)
                    .groupBy(MEMBERSHIP.ROLE).fetch()) {
                parts = byRole(role.value1(), role.value2()).and(page).orderBy(S.DUE_AT, S.REQUEST_ID).limit(limit)
                        .union(parts);
            }
            Table<? extends Record> q = parts.asTable("q");
            return tx.selectFrom(q).orderBy(q.field(S.DUE_AT), q.field(R.ID)).limit(limit)
                    .fetch(r -> toItem(r, q));
        }));
    }

    /** The open steps a role decides in the given organizations. */
    private static SelectConditionStep<Record> byRole(String role, UUID[] orgs) {
        return openSteps().and(S.STARTED_AT.isNotNull()).and(S.DELEGATED_TO.isNull())
                .and(S.DECIDER_ROLE.eq(role)).and(S.ORG_ID.eq(DSL.any(orgs)));
    }

    /** Open steps delegated to me, or escalated to me (as a person or by my role). */
    private static SelectConditionStep<Record> delegatedOrEscalated() {
        Field<UUID> me = Routines.currentPersonId();
        return openSteps().and(S.DELEGATED_TO.eq(me)
                .or(S.ESCALATED_AT.isNotNull().and(S.ESCALATE_PERSON.eq(me)
                        .or(DSL.exists(DSL.selectOne().from(MEMBERSHIP)
                                .where(MEMBERSHIP.ORG_ID.eq(S.ORG_ID)).and(MEMBERSHIP.ACTIVE)
                                .and(MEMBERSHIP.PERSON_ID.eq(me)).and(MEMBERSHIP.ROLE.eq(S.ESCALATE_ROLE)))))));
    }

    /** Current, unfinished steps of requests in review that someone else submitted. */
    private static SelectConditionStep<Record> openSteps() {
        return DSL.select(QUEUE_COLUMNS).from(S).join(R).on(R.ID.eq(S.REQUEST_ID))
                .where(S.COMPLETED_AT.isNull())
                .and(R.STATE.eq(DSL.inline(ReviewState.IN_REVIEW.dbName()))).and(R.CURRENT_STEP.eq(S.POSITION))
                .and(R.SUBMITTED_BY.ne(Routines.currentPersonId()));
    }

    /** The filter's conditions on the queue's step and request; no part given, no condition. */
    private static Condition queueFilter(QueueFilter filter) {
        Condition c = DSL.noCondition();
        if (filter.stepName() != null) {
            c = c.and(S.NAME.eq(filter.stepName()));
        }
        if (filter.projectId() != null) {
            c = c.and(R.PROJECT_ID.eq(filter.projectId()));
        }
        if (filter.submittedBy() != null) {
            c = c.and(R.SUBMITTED_BY.eq(filter.submittedBy()));
        }
        if (filter.submittedBefore() != null) {
            c = c.and(R.SUBMITTED_AT.lt(filter.submittedBefore()));
        }
        if (filter.overdueOnly()) {
            c = c.and(S.DUE_AT.lt(DSL.currentOffsetDateTime()));
        }
        return c;
    }

    /** The steps, projects and submitters among everything that waits for me, for the queue's filters. */
    public QueueFacets queueFacets() {
        ReviewQueue q = REVIEW_QUEUE.as("q");
        Field<String> facet = DSL.field(DSL.name("facet"), String.class);
        Field<UUID> id = DSL.field(DSL.name("id"), UUID.class);
        Field<String> name = DSL.field(DSL.name("name"), String.class);
        return translate(() -> {
            List<String> steps = new ArrayList<>();
            List<QueueFacets.Choice> projects = new ArrayList<>();
            List<QueueFacets.Choice> submitters = new ArrayList<>();
            dsl.select(DSL.inline("step").as(facet), DSL.castNull(SQLDataType.UUID).as(id), q.STEP_NAME.as(name))
                    .from(q).groupBy(q.STEP_NAME)
                    .unionAll(DSL.select(DSL.inline("project"), q.PROJECT_ID, PROJECT.TITLE)
                            .from(q).join(PROJECT).on(PROJECT.ID.eq(q.PROJECT_ID)).groupBy(q.PROJECT_ID, PROJECT.TITLE))
                    .unionAll(DSL.select(DSL.inline("submitter"), q.SUBMITTED_BY, PERSON.DISPLAY_NAME)
                            .from(q).join(PERSON).on(PERSON.ID.eq(q.SUBMITTED_BY))
                            .groupBy(q.SUBMITTED_BY, PERSON.DISPLAY_NAME))
                    .orderBy(facet, name)
                    .forEach(r -> {
                        switch (r.value1()) {
                            case "step" -> steps.add(r.value3());
                            case "project" -> projects.add(new QueueFacets.Choice(r.value2(), r.value3()));
                            default -> submitters.add(new QueueFacets.Choice(r.value2(), r.value3()));
                        }
                    });
            return new QueueFacets(steps, projects, submitters);
        });
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

    /** How many items wait for me, counting no further than {@code cap} (a badge shows "99+"). */
    public int queueCount(int cap) {
        return translate(() -> dsl.fetchCount(DSL.selectOne().from(REVIEW_QUEUE).limit(cap)));
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

    private static QueueItem toItem(Record r, Table<?> q) {
        OffsetDateTime due = r.get(q.field(S.DUE_AT));
        return new QueueItem(r.get(q.field(R.ID)), r.get(q.field(R.ORG_ID)), r.get(q.field(R.PROJECT_ID)),
                r.get(q.field(R.TITLE)), r.get(q.field(S.POSITION)), r.get(q.field(S.NAME)),
                r.get(q.field(R.SUBMITTED_BY)), r.get(q.field(R.SUBMITTED_AT)), due,
                due != null && due.isBefore(OffsetDateTime.now()), r.get(q.field(S.CLAIMED_BY)));
    }
}
