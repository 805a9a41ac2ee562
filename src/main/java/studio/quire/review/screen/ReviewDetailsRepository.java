package studio.quire.review.screen;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import studio.quire.compare.ComparedText;
import studio.quire.db.RefusedByDatabaseException;
import studio.quire.db.schema.Routines;
import studio.quire.db.schema.tables.ReviewRequest;
import studio.quire.text.Document;
import studio.quire.text.MarkdownFormat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import studio.quire.review.ReviewDecision;
import studio.quire.review.ReviewState;
import static studio.quire.db.RefusedByDatabaseException.translate;
import static studio.quire.db.schema.Tables.MEMBERSHIP;
import static studio.quire.db.schema.Tables.NODE;
import static studio.quire.db.schema.Tables.PERSON;
import static studio.quire.db.schema.Tables.REVIEW_DECISION;
import static studio.quire.db.schema.Tables.REVIEW_EVENT;
import static studio.quire.db.schema.Tables.REVIEW_QUEUE;
import static studio.quire.db.schema.Tables.REVIEW_REQUEST;
import static studio.quire.db.schema.Tables.REVIEW_SECTION;
import static studio.quire.db.schema.Tables.REVIEW_STEP;
import static studio.quire.db.schema.Tables.REVISION;

/**
 * What a review screen reads about one request, as the signed-in person may see it (row-level
 * security decides): where it stands, its history in words, the texts to compare, and who a step
 * can be delegated to. Delegating goes through the database's function, which holds the rules.
 */
public final class ReviewDetailsRepository {
    private static final String GONE = "This review request is gone or not visible to you.";
    /** A section's state when its node is in the trash (not a stored state: review_section keeps its own). */
    private static final String TRASHED = "trashed";
    /** The review_event kind of a decision. */
    private static final String DECIDED = "decided";

    private final DSLContext dsl;

    public ReviewDetailsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The request, its steps and sections; refused when it is gone or not visible. */
    public ReviewDetails details(UUID requestId) {
        return translate(() -> dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            var r = REVIEW_REQUEST.as("r");
            var p = PERSON.as("p");
            Field<UUID> me = Routines.currentPersonId();
            Field<Boolean> mayDecide = DSL.field(mayDecide(r));
            var request = tx.select(r.ORG_ID, r.TITLE, r.STATE, r.CURRENT_STEP, r.ROUND, r.SUBMITTED_BY, p.DISPLAY_NAME,
                            r.SUBMITTED_AT, me, mayDecide)
                    .from(r).leftJoin(p).on(p.ID.eq(r.SUBMITTED_BY))
                    .where(r.ID.eq(requestId))
                    .fetchOptional()
                    .orElseThrow(() -> new RefusedByDatabaseException(GONE, "P0002", null));
            List<ReviewDetails.Step> steps = steps(tx, requestId, request.value5());
            List<ReviewDetails.Section> sections = sections(tx, requestId);
            UUID mine = request.value9();
            UUID submitter = request.value6();
            return new ReviewDetails(requestId, request.value1(), request.value2(), ReviewState.fromDb(request.value3()),
                    request.value4(), request.value5(), submitter, request.value7(), request.value8(),
                    steps, sections, mine, request.value10(), mine != null && mine.equals(submitter));
        }));
    }

    /**
     * Whether the request waits for me (the queue's rule), unless I pinned text of it (resubmitting)
     * or edited its text while it was under review: then I decide on it no more than its submitter
     * (V13's submitted_by_me).
     */
    private static Condition mayDecide(ReviewRequest r) {
        var rs = REVIEW_SECTION.as("rs");
        var rv = REVISION.as("rv");
        Field<UUID> me = Routines.currentPersonId();
        return DSL.exists(DSL.selectOne().from(REVIEW_QUEUE).where(REVIEW_QUEUE.REQUEST_ID.eq(r.ID)))
                .andNotExists(DSL.selectOne().from(rs).leftJoin(rv).on(rv.ID.eq(rs.PINNED_REVISION_ID))
                        .where(rs.REQUEST_ID.eq(r.ID))
                        .and(rv.AUTHOR.eq(me).or(me.eq(DSL.any(rs.EDITED_BY)))));
    }

    private static List<ReviewDetails.Step> steps(DSLContext tx, UUID requestId, int round) {
        var s = REVIEW_STEP.as("s");
        var cp = PERSON.as("cp");
        var dp = PERSON.as("dp");
        var d = REVIEW_DECISION.as("d");
        Field<Integer> approvals = DSL.field(DSL.selectCount().from(d)
                .where(d.REQUEST_ID.eq(s.REQUEST_ID)).and(d.STEP_POSITION.eq(s.POSITION))
                .and(d.ROUND.eq(round)).and(d.DECISION.eq(DSL.inline(ReviewDecision.APPROVE.dbName()))));
        return tx.select(s.POSITION, s.NAME, s.DECIDER_ROLE, s.APPROVALS_NEEDED, approvals, s.DUE_AT, s.CLAIMED_BY,
                        cp.DISPLAY_NAME, dp.DISPLAY_NAME, DSL.field(s.ESCALATED_AT.isNotNull()),
                        DSL.field(s.COMPLETED_AT.isNotNull()))
                .from(s)
                .leftJoin(cp).on(cp.ID.eq(s.CLAIMED_BY))
                .leftJoin(dp).on(dp.ID.eq(s.DELEGATED_TO))
                .where(s.REQUEST_ID.eq(requestId)).orderBy(s.POSITION)
                .fetch(t -> new ReviewDetails.Step(t.value1(), t.value2(), t.value3(), t.value4(), t.value5(),
                        t.value6(), t.value7(), t.value8(), t.value9(), t.value10(), t.value11()));
    }

    private static List<ReviewDetails.Section> sections(DSLContext tx, UUID requestId) {
        var rs = REVIEW_SECTION.as("rs");
        var n = NODE.as("n");
        return tx.select(rs.NODE_ID, n.TITLE, DSL.when(n.DELETED_AT.isNotNull(), DSL.inline(TRASHED)).otherwise(rs.STATE))
                .from(rs).join(n).on(n.ID.eq(rs.NODE_ID))
                .where(rs.REQUEST_ID.eq(requestId)).orderBy(rs.POSITION)
                .fetch(t -> new ReviewDetails.Section(t.value1(), t.value2(), t.value3()));
    }

    /** Everything that happened to the request, oldest first, in words. */
    public List<ReviewHistoryEntry> history(UUID requestId) {
        var e = REVIEW_EVENT.as("e");
        var p = PERSON.as("p");
        var tp = PERSON.as("tp");
        var n = NODE.as("n");
        var d = REVIEW_DECISION.as("d");
        Field<Integer> step = DSL.jsonbGetAttributeAsText(e.DETAIL, DSL.inline("step")).cast(SQLDataType.INTEGER);
        Field<String> round = DSL.jsonbGetAttributeAsText(e.DETAIL, DSL.inline("round"));
        Field<String> toRole = DSL.jsonbGetAttributeAsText(e.DETAIL, DSL.inline("to_role"));
        Field<String> reason = DSL.jsonbGetAttributeAsText(e.DETAIL, DSL.inline("reason"));
        Field<UUID> to = DSL.jsonbGetAttributeAsText(e.DETAIL, DSL.inline("to")).cast(SQLDataType.UUID);
        // the decision an event "decided" records: the newest by that person on that step and round
        Table<?> decision = DSL.lateral(DSL.select(d.DECISION, d.COMMENT).from(d)
                .where(e.KIND.eq(DSL.inline(DECIDED))).and(d.REQUEST_ID.eq(e.REQUEST_ID))
                .and(d.PERSON_ID.eq(e.PERSON_ID)).and(d.STEP_POSITION.eq(step))
                .and(d.ROUND.eq(round.cast(SQLDataType.INTEGER)))
                .orderBy(d.DECIDED_AT.desc()).limit(DSL.inline(1))).as("d");
        return translate(() -> {
            Map<Integer, String> stepNames = dsl.select(REVIEW_STEP.POSITION, REVIEW_STEP.NAME).from(REVIEW_STEP)
                    .where(REVIEW_STEP.REQUEST_ID.eq(requestId)).fetchMap(REVIEW_STEP.POSITION, REVIEW_STEP.NAME);
            return dsl.select(e.AT, p.DISPLAY_NAME, e.KIND, step, round, toRole, reason, tp.DISPLAY_NAME, n.TITLE,
                            decision.field(d.DECISION), decision.field(d.COMMENT))
                    .from(e)
                    .leftJoin(p).on(p.ID.eq(e.PERSON_ID))
                    .leftJoin(tp).on(tp.ID.eq(to))
                    .leftJoin(n).on(n.ID.eq(e.NODE_ID))
                    .leftJoin(decision).on(DSL.trueCondition())
                    .where(e.REQUEST_ID.eq(requestId)).orderBy(e.ID)
                    .fetch(h -> HistoryWords.entry(new HistoryWords.Event(h.value1(), h.value2(), h.value3(),
                            stepNames.get(h.value4()), h.value5(), h.value8(), h.value6(), h.value7(), h.value9(),
                            h.value10(), h.value11())));
        });
    }

    /**
     * Each section's text as submitted (newer) and as it was at {@code base} (older): its last
     * approved text, or the submission before this one; empty when there is none.
     */
    public List<ComparedText> texts(UUID requestId, ReviewBase base) {
        var rs = REVIEW_SECTION.as("rs");
        var n = NODE.as("n");
        var pinned = REVISION.as("pinned");
        var b = REVISION.as("b");
        Field<String> older = DSL.field(DSL.select(b.BODY).from(b)
                .where(b.NODE_ID.eq(rs.NODE_ID)).and(b.KIND.eq(base.revisionKind().dbName()))
                .and(b.CREATED_AT.lt(pinned.CREATED_AT))
                .orderBy(b.CREATED_AT.desc(), b.ID.desc()).limit(DSL.inline(1)));
        return translate(() -> dsl.select(rs.NODE_ID, n.TITLE, pinned.BODY, older)
                .from(rs)
                .join(n).on(n.ID.eq(rs.NODE_ID))
                .join(pinned).on(pinned.ID.eq(rs.PINNED_REVISION_ID))
                .where(rs.REQUEST_ID.eq(requestId)).orderBy(rs.POSITION)
                .fetch(t -> new ComparedText(t.value1(), t.value2(), parse(t.value4()), parse(t.value3()))));
    }

    /** Active members a step of this request can be delegated to: not me, not its submitter. */
    public List<Delegate> delegates(UUID requestId) {
        var r = REVIEW_REQUEST.as("r");
        var m = MEMBERSHIP.as("m");
        var p = PERSON.as("p");
        return translate(() -> dsl.selectDistinct(p.ID, p.DISPLAY_NAME, m.ROLE)
                .from(r)
                .join(m).on(m.ORG_ID.eq(r.ORG_ID)).and(m.ACTIVE)
                .join(p).on(p.ID.eq(m.PERSON_ID)).and(p.ACTIVE)
                .where(r.ID.eq(requestId)).and(p.ID.ne(r.SUBMITTED_BY))
                .and(p.ID.isDistinctFrom(Routines.currentPersonId()))
                .orderBy(p.DISPLAY_NAME)
                .fetch(t -> new Delegate(t.value1(), t.value2(), t.value3())));
    }

    /** Hands the current step to another member, with the reason they and the history will read. */
    public void delegate(UUID requestId, UUID person, String reason) {
        translate(() -> {
            Routines.delegateReview(dsl.configuration(), requestId, person, reason);
            return null;
        });
    }

    private static Document parse(String markdown) {
        return markdown == null || markdown.isEmpty() ? Document.EMPTY : MarkdownFormat.parse(markdown);
    }

    /** Someone a step can be delegated to. */
    public record Delegate(UUID personId, String name, String role) {
        @Override
        public String toString() {
            return name + " (" + role + ")";
        }
    }
}
