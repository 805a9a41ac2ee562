package studio.quire.review;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static studio.quire.db.RefusedByDatabaseException.translate;

/**
 * Review requests as the signed-in person may see and change them (ADR 0016): every change goes
 * through the database's review functions, which hold the rules (role, own submission, order,
 * approvals, pinned text) whoever calls them; the queue is read a keyset page at a time.
 */
public final class ReviewRepository {
    /** The open steps a role decides in the given organizations, soonest due first: one ordered index range. */
    private static final String BY_ROLE = """
            (select r.id, r.org_id, r.project_id, r.title, s.position, s.name, r.submitted_by, r.submitted_at,
                    s.due_at, s.claimed_by
               from quire.review_step s join quire.review_request r on r.id = s.request_id
              where s.completed_at is null and s.started_at is not null and s.delegated_to is null
                and s.decider_role = ? and s.org_id = any (cast(? as uuid[]))
                and r.state = 'in_review' and r.current_step = s.position and r.submitted_by <> quire.current_person_id()
                %s
                and (s.due_at, s.request_id) > (cast(? as timestamptz), cast(? as uuid))
              order by s.due_at, s.request_id limit ?)""";
    /** Open steps delegated to me, or escalated to me (as a person or by my role). */
    private static final String DELEGATED_OR_ESCALATED = """
            (select r.id, r.org_id, r.project_id, r.title, s.position, s.name, r.submitted_by, r.submitted_at,
                    s.due_at, s.claimed_by
               from quire.review_step s join quire.review_request r on r.id = s.request_id
              where s.completed_at is null
                and (s.delegated_to = quire.current_person_id()
                     or (s.escalated_at is not null and (s.escalate_person = quire.current_person_id()
                         or exists (select 1 from quire.membership m where m.org_id = s.org_id and m.active
                                       and m.person_id = quire.current_person_id() and m.role = s.escalate_role))))
                and r.state = 'in_review' and r.current_step = s.position and r.submitted_by <> quire.current_person_id()
                %s
                and (s.due_at, s.request_id) > (cast(? as timestamptz), cast(? as uuid))
              order by s.due_at, s.request_id limit ?)""";
    /** The steps, projects and submitters among what waits for me. */
    private static final String FACETS = """
            select 'step' as facet, null::uuid as id, q.step_name as name from quire.review_queue q group by q.step_name
            union all
            select 'project', q.project_id, p.title from quire.review_queue q
              join quire.project p on p.id = q.project_id group by q.project_id, p.title
            union all
            select 'submitter', q.submitted_by, pe.display_name from quire.review_queue q
              join quire.person pe on pe.id = q.submitted_by group by q.submitted_by, pe.display_name
            order by 1, 3""";

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
        return translate(() -> dsl.select(DSL.field("quire.submit_for_review({0}, {1})", UUID.class, DSL.val(nodeId),
                        DSL.val(templateId, UUID.class)))
                .fetchSingle().value1());
    }

    /** The workflows of the node's organization, the default first. */
    public List<WorkflowChoice> workflowsFor(UUID nodeId) {
        return translate(() -> dsl.fetch("""
                select t.id, t.name, t.is_default from quire.workflow_template t
                  join quire.node n on n.org_id = t.org_id
                 where n.id = ? order by t.is_default desc, t.name""", nodeId)
                .map(r -> new WorkflowChoice(r.get(0, UUID.class), r.get(1, String.class), r.get(2, Boolean.class))));
    }

    /**
     * Up to {@code limit} items after {@code after}, soonest due first: for each role I hold, the
     * steps that role decides in my organizations with it; then what was delegated or escalated to me.
     */
    public List<QueueItem> queuePage(QueueCursor after, int limit) {
        return queuePage(after, limit, QueueFilter.NONE);
    }

    /** Like {@link #queuePage(QueueCursor, int)}, only the items that pass {@code filter}. */
    public List<QueueItem> queuePage(QueueCursor after, int limit, QueueFilter filter) {
        String byRole = BY_ROLE.formatted(filter.conditions());
        String delegated = DELEGATED_OR_ESCALATED.formatted(filter.conditions());
        return translate(() -> dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Map<String, UUID[]> orgsByRole = new LinkedHashMap<>();
            tx.fetch("select m.role, array_agg(m.org_id) from quire.membership m "
                            + "where m.person_id = quire.current_person_id() and m.active group by m.role")
                    .forEach(r -> orgsByRole.put(r.get(0, String.class), r.get(1, UUID[].class)));
            StringBuilder sql = new StringBuilder("select * from (");
            List<Object> args = new ArrayList<>();
            orgsByRole.forEach((role, orgs) -> {
                sql.append(byRole).append(" union ");
                args.addAll(List.of(role, orgs));
                args.addAll(filter.arguments());
                args.addAll(List.of(after.dueAt(), after.requestId(), limit));
            });
            sql.append(delegated).append(") q order by due_at, id limit ?");
            args.addAll(filter.arguments());
            args.addAll(List.of(after.dueAt(), after.requestId(), limit, limit));
            return tx.fetch(sql.toString(), args.toArray()).map(ReviewRepository::toItem);
        }));
    }

    /** The steps, projects and submitters among everything that waits for me, for the queue's filters. */
    public QueueFacets queueFacets() {
        return translate(() -> {
            List<String> steps = new ArrayList<>();
            List<QueueFacets.Choice> projects = new ArrayList<>();
            List<QueueFacets.Choice> submitters = new ArrayList<>();
            dsl.fetch(FACETS).forEach(r -> {
                String name = r.get("name", String.class);
                switch (r.get("facet", String.class)) {
                    case "step" -> steps.add(name);
                    case "project" -> projects.add(new QueueFacets.Choice(r.get("id", UUID.class), name));
                    default -> submitters.add(new QueueFacets.Choice(r.get("id", UUID.class), name));
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
        return translate(() -> dsl.fetchOptional("""
                select r.id, r.title, r.state, r.current_step, r.round, r.submitted_by, r.submitted_at,
                       s.name as step_name, s.due_at, (select count(*) from quire.review_step x where x.request_id = r.id) as steps,
                       (select d.comment from quire.review_decision d where d.request_id = r.id
                         order by d.decided_at desc limit 1) as last_comment
                  from quire.review_request r
                  left join quire.review_step s on s.request_id = r.id and s.position = r.current_step
                 where r.node_id = ? or r.id in (select rs.request_id from quire.review_section rs where rs.node_id = ?)
                    or r.id in (select rs.request_id from quire.review_section rs
                                 where rs.node_id in (select c.id from quire.node c where c.parent_id = ?))
                 order by r.submitted_at desc limit 1""", nodeId, nodeId, nodeId)
                .map(r -> new RequestStatus(r.get("id", UUID.class), r.get("title", String.class),
                        r.get("state", String.class), r.get("current_step", Integer.class), r.get("steps", Long.class).intValue(),
                        r.get("step_name", String.class), r.get("round", Integer.class), r.get("submitted_by", UUID.class),
                        r.get("submitted_at", OffsetDateTime.class), r.get("due_at", OffsetDateTime.class),
                        r.get("last_comment", String.class))));
    }

    /** Every request that covered the node (as {@link #statusOf} finds them), newest first, at most {@code limit}. */
    public List<PastReview> reviewsOf(UUID nodeId, int limit) {
        return translate(() -> dsl.fetch("""
                select r.id, r.title, r.state, r.round, r.submitted_at, r.updated_at from quire.review_request r
                 where r.node_id = ? or r.id in (select rs.request_id from quire.review_section rs where rs.node_id = ?)
                    or r.id in (select rs.request_id from quire.review_section rs
                                 where rs.node_id in (select c.id from quire.node c where c.parent_id = ?))
                 order by r.submitted_at desc, r.id limit ?""", nodeId, nodeId, nodeId, limit)
                .map(r -> new PastReview(r.get(0, UUID.class), r.get(1, String.class), r.get(2, String.class),
                        r.get(3, Integer.class), r.get(4, OffsetDateTime.class), r.get(5, OffsetDateTime.class))));
    }

    /** Submits a request again after changes (the submitter or an admin). */
    public void resubmit(UUID requestId) {
        translate(() -> dsl.select(DSL.field("quire.resubmit_review({0})::text", String.class, DSL.val(requestId)))
                .fetchSingle());
    }

    /** Decides step {@code step} of a request; returns the request's state afterwards ("in_review", "approved"…). */
    public String decide(UUID requestId, int step, ReviewDecision decision, String comment) {
        return translate(() -> dsl.select(DSL.field("quire.decide_review({0}, {1}, {2}, {3})", String.class,
                        DSL.val(requestId), DSL.val(step), DSL.val(decision.dbName()), DSL.val(comment)))
                .fetchSingle().value1());
    }

    /** Publishes an approved request: its approved texts are marked published (its submitter or an admin). */
    public void publish(UUID requestId) {
        translate(() -> dsl.select(DSL.field("quire.publish_review({0})", Object.class, DSL.val(requestId))).fetch());
    }

    /** Closes an open request without a decision (its submitter or an admin). */
    public void discard(UUID requestId) {
        translate(() -> dsl.select(DSL.field("quire.discard_review({0})", Object.class, DSL.val(requestId))).fetch());
    }

    /**
     * Escalates the overdue steps of my organizations to their targets, once each; safe with many
     * clients at once (the database skips what another is escalating). Returns how many now.
     */
    public int escalateOverdue() {
        return translate(() -> dsl.select(DSL.field("quire.escalate_overdue_reviews()", Integer.class)).fetchSingle().value1());
    }

    /** Takes the current step of a request for me, so other editors see it is being handled. */
    public void claim(UUID requestId) {
        translate(() -> dsl.select(DSL.field("quire.claim_review({0})", Object.class, DSL.val(requestId))).fetch());
    }

    /** Gives back a step I took (an admin may release anyone's). */
    public void release(UUID requestId) {
        translate(() -> dsl.select(DSL.field("quire.release_review({0})", Object.class, DSL.val(requestId))).fetch());
    }

    /** Who is signed in (null for the schema owner). */
    public UUID currentPersonId() {
        return translate(() -> dsl.select(DSL.field("quire.current_person_id()", UUID.class)).fetchSingle().value1());
    }

    /** How many items wait for me, counting no further than {@code cap} (a badge shows "99+"). */
    public int queueCount(int cap) {
        return translate(() -> dsl.fetchSingle("select count(*) from (select 1 from quire.review_queue limit ?) q", cap)
                .get(0, Integer.class));
    }

    /** The display names of these people, as far as I may see them. */
    public Map<UUID, String> displayNames(Collection<UUID> people) {
        if (people.isEmpty()) {
            return Map.of();
        }
        return translate(() -> {
            Map<UUID, String> names = new HashMap<>();
            dsl.fetch("select id, display_name from quire.person where id = any (cast(? as uuid[]))",
                            (Object) people.toArray(UUID[]::new))
                    .forEach(r -> names.put(r.get(0, UUID.class), r.get(1, String.class)));
            return names;
        });
    }

    private static QueueItem toItem(Record r) {
        OffsetDateTime due = r.get("due_at", OffsetDateTime.class);
        return new QueueItem(r.get("id", UUID.class), r.get("org_id", UUID.class), r.get("project_id", UUID.class),
                r.get("title", String.class), r.get("position", Integer.class), r.get("name", String.class),
                r.get("submitted_by", UUID.class), r.get("submitted_at", OffsetDateTime.class), due,
                due != null && due.isBefore(OffsetDateTime.now()), r.get("claimed_by", UUID.class));
    }
}
