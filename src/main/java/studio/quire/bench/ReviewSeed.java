package studio.quire.bench;

import org.jooq.DSLContext;
import studio.quire.admin.Role;
import studio.quire.db.schema.Routines;

import java.util.UUID;

/**
 * The {@code review} suite's data, written as the schema owner in a few set-based statements:
 * {@value #ORGS} organizations with {@value #PER_ORG} pending review requests each (two steps, the
 * first started with due times spread from two days ago to a week ahead), one writer per
 * organization who submitted them, and two editors who belong to every organization.
 */
final class ReviewSeed {
    static final int ORGS = 20;
    static final int PER_ORG = 5_000;
    static final String EDITOR = "bench_review_editor";
    static final String OTHER_EDITOR = "bench_review_editor2";
    static final String PASSWORD = "bench-review-password";

    private ReviewSeed() {
    }

    /** Seeds once per scratch home; returns the first organization's id. */
    static UUID ensure(DSLContext owner) {
        UUID first = owner.fetchOptional("select id from quire.organization where name = 'Review bench 1'")
                .map(r -> r.get(0, UUID.class)).orElse(null);
        if (first != null) {
            return first;
        }
        for (int i = 1; i <= ORGS; i++) {
            UUID org = Routines.createOrganization(owner.configuration(), "Review bench " + i);
            Routines.addPerson(owner.configuration(), org, "bench_review_writer_" + i, "Writer " + i,
                    Role.WRITER.dbName(), PASSWORD);
            Routines.addPerson(owner.configuration(), org, EDITOR, "Review Editor", Role.EDITOR.dbName(), PASSWORD);
            Routines.addPerson(owner.configuration(), org, OTHER_EDITOR, "Second Editor", Role.EDITOR.dbName(), PASSWORD);
            owner.execute("""
                    with project as (
                        insert into quire.project (org_id, kind, title) values (?, 'book', 'Review bench') returning id, org_id),
                    book as (
                        insert into quire.node (org_id, project_id, kind, position, title)
                        select org_id, id, 'book', 0, 'Review bench' from project returning id, org_id, project_id),
                    writer as (select id from quire.person where role_name = ?),
                    template as (select id from quire.workflow_template where org_id = ? and is_default),
                    requests as (
                        insert into quire.review_request (org_id, project_id, node_id, template_id, title, submitted_by,
                                                          submitted_at)
                        select b.org_id, b.project_id, b.id, (select id from template), 'Chapter ' || g,
                               (select id from writer), now() - make_interval(mins => g)
                          from book b, generate_series(1, ?) g
                        returning id, org_id)
                    insert into quire.review_step (request_id, org_id, position, name, decider_role, approvals_needed,
                                                   sla_hours, escalate_role, started_at, due_at)
                    select r.id, r.org_id, s.position, s.name, s.decider_role, 1, s.sla_hours, s.escalate_role,
                           case when s.position = 1 then now() end,
                           case when s.position = 1 then now() + make_interval(mins => (random() * 12960)::int - 2880) end
                      from requests r
                      cross join (values (1, 'Copy edit', 'editor', 48, 'admin'),
                                         (2, 'Final approval', 'admin', 72, null)) as s(position, name, decider_role,
                                                                                        sla_hours, escalate_role)
                    """, org, "bench_review_writer_" + i, org, PER_ORG);
            if (i == 1) {
                first = org;
            }
        }
        owner.execute("analyze quire.review_step");
        owner.execute("analyze quire.review_request");
        return first;
    }

    /** Pending requests of {@code org} at step 1, for decisions; {@code count} of them, soonest due last. */
    static java.util.List<UUID> pending(DSLContext owner, UUID org, int count) {
        return owner.fetch("""
                select r.id from quire.review_request r join quire.review_step s on s.request_id = r.id and s.position = 1
                 where r.org_id = ? and r.state = 'in_review' and r.current_step = 1 and s.completed_at is null
                 order by s.due_at desc limit ?""", org, count).map(r -> r.get(0, UUID.class));
    }
}
