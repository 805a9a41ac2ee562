package studio.quire.review.queue;

import org.jooq.Condition;
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
import studio.quire.db.schema.tables.ReviewQueue;
import studio.quire.db.schema.tables.ReviewRequest;
import studio.quire.db.schema.tables.ReviewStep;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import studio.quire.review.ReviewState;
import static studio.quire.db.RefusedByDatabaseException.translate;
import static studio.quire.db.schema.Tables.MEMBERSHIP;
import static studio.quire.db.schema.Tables.PERSON;
import static studio.quire.db.schema.Tables.PROJECT;
import static studio.quire.db.schema.Tables.REVIEW_QUEUE;
import static studio.quire.db.schema.Tables.REVIEW_REQUEST;
import static studio.quire.db.schema.Tables.REVIEW_STEP;

/**
 * The review queue as the signed-in person sees it (ADR 0016): what waits for my roles, and what was
 * delegated or escalated to me, read a keyset page at a time, with the facets its filters offer.
 */
public final class QueueRepository {
    private static final ReviewStep S = REVIEW_STEP.as("s");
    private static final ReviewRequest R = REVIEW_REQUEST.as("r");
    /** What the queue shows of an item: the request and its open step. */
    private static final List<SelectField<?>> QUEUE_COLUMNS = List.of(R.ID, R.ORG_ID, R.PROJECT_ID, R.TITLE,
            S.POSITION, S.NAME, R.SUBMITTED_BY, R.SUBMITTED_AT, S.DUE_AT, S.CLAIMED_BY);

    private final DSLContext dsl;

    public QueueRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Up to {@code limit} items after {@code after}, soonest due first: for each role I hold, the
     * steps that role decides in my organizations with it; then what was delegated or escalated to me.
     */
    public List<QueueItem> page(QueueCursor after, int limit) {
        return page(after, limit, QueueFilter.NONE);
    }

    /**
     * Like {@link #page(QueueCursor, int)}, only the items that pass {@code filter}. One
     * ordered range of review_step_queue_idx per role (the union's parts each take their own
     * first {@code limit}), then the delegated and escalated steps, merged and cut to a page.
     */
    public List<QueueItem> page(QueueCursor after, int limit, QueueFilter filter) {
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
    public QueueFacets facets() {
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

    /** How many items wait for me, counting no further than {@code cap} (a badge shows "99+"). */
    public int count(int cap) {
        return translate(() -> dsl.fetchCount(DSL.selectOne().from(REVIEW_QUEUE).limit(cap)));
    }

    private static QueueItem toItem(Record r, Table<?> q) {
        OffsetDateTime due = r.get(q.field(S.DUE_AT));
        return new QueueItem(r.get(q.field(R.ID)), r.get(q.field(R.ORG_ID)), r.get(q.field(R.PROJECT_ID)),
                r.get(q.field(R.TITLE)), r.get(q.field(S.POSITION)), r.get(q.field(S.NAME)),
                r.get(q.field(R.SUBMITTED_BY)), r.get(q.field(R.SUBMITTED_AT)), due,
                due != null && due.isBefore(OffsetDateTime.now()), r.get(q.field(S.CLAIMED_BY)));
    }
}
