package studio.quire.review;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import studio.quire.compare.ComparedText;
import studio.quire.db.RefusedByDatabaseException;
import studio.quire.text.Document;
import studio.quire.text.MarkdownFormat;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static studio.quire.db.RefusedByDatabaseException.translate;

/**
 * What a review screen reads about one request, as the signed-in person may see it (row-level
 * security decides): where it stands, its history in words, the texts to compare, and who a step
 * can be delegated to. Delegating goes through the database's function, which holds the rules.
 */
public final class ReviewDetailsRepository {
    private static final String GONE = "This review request is gone or not visible to you.";

    private final DSLContext dsl;

    public ReviewDetailsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The request, its steps and sections; refused when it is gone or not visible. */
    public ReviewDetails details(UUID requestId) {
        return translate(() -> dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Record r = tx.fetchOptional("""
                    select r.id, r.org_id, r.title, r.state, r.current_step, r.round, r.submitted_by, p.display_name,
                           r.submitted_at, quire.current_person_id() as me,
                           exists (select 1 from quire.review_queue q where q.request_id = r.id)
                           -- whoever pinned text of it (resubmitting) or edited its text while it was under
                           -- review decides on it no more than its submitter (V13's submitted_by_me)
                           and not exists (select 1 from quire.review_section rs
                                             left join quire.revision rv on rv.id = rs.pinned_revision_id
                                            where rs.request_id = r.id
                                              and (rv.author = quire.current_person_id()
                                                   or quire.current_person_id() = any (rs.edited_by)))
                           as may_decide
                      from quire.review_request r left join quire.person p on p.id = r.submitted_by
                     where r.id = ?""", requestId)
                    .orElseThrow(() -> new RefusedByDatabaseException(GONE, "P0002", null));
            List<ReviewDetails.Step> steps = tx.fetch("""
                    select s.position, s.name, s.decider_role, s.approvals_needed, s.due_at, s.claimed_by,
                           cp.display_name as claimed_name, dp.display_name as delegated_name,
                           s.escalated_at is not null as escalated, s.completed_at is not null as completed,
                           (select count(*) from quire.review_decision d
                             where d.request_id = s.request_id and d.step_position = s.position
                               and d.round = ? and d.decision = 'approve') as approvals
                      from quire.review_step s
                      left join quire.person cp on cp.id = s.claimed_by
                      left join quire.person dp on dp.id = s.delegated_to
                     where s.request_id = ? order by s.position""", r.get("round", Integer.class), requestId)
                    .map(s -> new ReviewDetails.Step(s.get("position", Integer.class), s.get("name", String.class),
                            s.get("decider_role", String.class), s.get("approvals_needed", Integer.class),
                            s.get("approvals", Long.class).intValue(), s.get("due_at", OffsetDateTime.class),
                            s.get("claimed_by", UUID.class), s.get("claimed_name", String.class),
                            s.get("delegated_name", String.class), s.get("escalated", Boolean.class),
                            s.get("completed", Boolean.class)));
            List<ReviewDetails.Section> sections = tx.fetch("""
                    select rs.node_id, n.title, case when n.deleted_at is not null then 'trashed' else rs.state end
                      from quire.review_section rs
                      join quire.node n on n.id = rs.node_id
                     where rs.request_id = ? order by rs.position""", requestId)
                    .map(s -> new ReviewDetails.Section(s.get(0, UUID.class), s.get(1, String.class), s.get(2, String.class)));
            UUID me = r.get("me", UUID.class);
            UUID submitter = r.get("submitted_by", UUID.class);
            return new ReviewDetails(requestId, r.get("org_id", UUID.class), r.get("title", String.class),
                    r.get("state", String.class), r.get("current_step", Integer.class), r.get("round", Integer.class),
                    submitter, r.get("display_name", String.class), r.get("submitted_at", OffsetDateTime.class),
                    steps, sections, me, r.get("may_decide", Boolean.class), me != null && me.equals(submitter));
        }));
    }

    /** Everything that happened to the request, oldest first, in words. */
    public List<ReviewHistoryEntry> history(UUID requestId) {
        return translate(() -> {
            Map<Integer, String> stepNames = new HashMap<>();
            dsl.fetch("select position, name from quire.review_step where request_id = ?", requestId)
                    .forEach(s -> stepNames.put(s.get(0, Integer.class), s.get(1, String.class)));
            return dsl.fetch("""
                    select e.at, p.display_name as who, e.kind, (e.detail ->> 'step')::int as step, e.detail ->> 'round' as round,
                           e.detail ->> 'to_role' as to_role, e.detail ->> 'reason' as reason,
                           tp.display_name as to_name, n.title as node_title, d.decision, d.comment
                      from quire.review_event e
                      left join quire.person p on p.id = e.person_id
                      left join quire.person tp on tp.id = (e.detail ->> 'to')::uuid
                      left join quire.node n on n.id = e.node_id
                      left join lateral (select d.decision, d.comment from quire.review_decision d
                                          where e.kind = 'decided' and d.request_id = e.request_id
                                            and d.person_id = e.person_id
                                            and d.step_position = (e.detail ->> 'step')::int
                                            and d.round = (e.detail ->> 'round')::int
                                          order by d.decided_at desc limit 1) d on true
                     where e.request_id = ? order by e.id""", requestId)
                    .map(e -> HistoryWords.entry(new HistoryWords.Event(e.get("at", OffsetDateTime.class),
                            e.get("who", String.class), e.get("kind", String.class),
                            stepNames.get(e.get("step", Integer.class)), e.get("round", String.class),
                            e.get("to_name", String.class), e.get("to_role", String.class), e.get("reason", String.class),
                            e.get("node_title", String.class), e.get("decision", String.class),
                            e.get("comment", String.class))));
        });
    }

    /**
     * Each section's text as submitted (newer) and as it was at {@code base} (older): its last
     * approved text, or the submission before this one; empty when there is none.
     */
    public List<ComparedText> texts(UUID requestId, ReviewBase base) {
        return translate(() -> dsl.fetch("""
                select rs.node_id, n.title, pinned.body as newer,
                       (select b.body from quire.revision b
                         where b.node_id = rs.node_id and b.kind = ? and b.created_at < pinned.created_at
                         order by b.created_at desc, b.id desc limit 1) as older
                  from quire.review_section rs
                  join quire.node n on n.id = rs.node_id
                  join quire.revision pinned on pinned.id = rs.pinned_revision_id
                 where rs.request_id = ? order by rs.position""", base.revisionKind(), requestId)
                .map(t -> new ComparedText(t.get(0, UUID.class), t.get(1, String.class),
                        parse(t.get("older", String.class)), parse(t.get("newer", String.class)))));
    }

    /** Active members a step of this request can be delegated to: not me, not its submitter. */
    public List<Delegate> delegates(UUID requestId) {
        return translate(() -> dsl.fetch("""
                select distinct p.id, p.display_name, m.role
                  from quire.review_request r
                  join quire.membership m on m.org_id = r.org_id and m.active
                  join quire.person p on p.id = m.person_id and p.active
                 where r.id = ? and p.id <> r.submitted_by and p.id is distinct from quire.current_person_id()
                 order by p.display_name""", requestId)
                .map(p -> new Delegate(p.get(0, UUID.class), p.get(1, String.class), p.get(2, String.class))));
    }

    /** Hands the current step to another member, with the reason they and the history will read. */
    public void delegate(UUID requestId, UUID person, String reason) {
        translate(() -> dsl.select(DSL.field("quire.delegate_review({0}, {1}, {2})", Object.class,
                DSL.val(requestId), DSL.val(person), DSL.val(reason))).fetch());
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
