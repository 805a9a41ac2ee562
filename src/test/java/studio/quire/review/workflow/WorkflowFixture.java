package studio.quire.review.workflow;

import studio.quire.db.ConnectionTarget;
import studio.quire.testsupport.TestDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An organization of its own for one test (admin, writer, editor, consultant; its default workflow
 * comes from the organization trigger), repositories signed in as each, and plain SQL for what the
 * tests set up or check behind the repository's back.
 */
final class WorkflowFixture {
    private final TestDatabase db;
    private final TestDatabase.Org org;
    private final java.util.Map<String, WorkflowTemplateRepository> repositories = new java.util.HashMap<>();

    private WorkflowFixture(TestDatabase db, TestDatabase.Org org) {
        this.db = db;
        this.org = org;
    }

    static WorkflowFixture create(TestDatabase db, String name) {
        return new WorkflowFixture(db, db.createOrg(name));
    }

    /** One pool per login, kept for the fixture's life: the test server's connections are few. */
    WorkflowTemplateRepository repository(String login) {
        return repositories.computeIfAbsent(login, l -> new WorkflowTemplateRepository(db.open(db.as(l)).dsl()));
    }

    /** A repository on a pool of its own, for a second client racing the first. */
    WorkflowTemplateRepository secondClient(String login) {
        return new WorkflowTemplateRepository(db.open(db.as(login)).dsl());
    }

    WorkflowTemplateRepository admin() {
        return repository(org.admin());
    }

    UUID org() {
        return org.id();
    }

    TestDatabase.Org people() {
        return org;
    }

    WorkflowTemplate defaultTemplate() {
        return admin().templates(org.id()).stream().filter(WorkflowTemplate::isDefault).findFirst().orElseThrow();
    }

    WorkflowTemplate reload(UUID templateId) {
        return admin().template(templateId);
    }

    /** A book with one section of text, written and submitted for review by the writer; the request's id. */
    UUID submitSection() {
        ConnectionTarget writer = db.as(org.writer());
        UUID project = (UUID) first(writer,
                "insert into quire.project (org_id, kind, title) values (?::uuid, 'book', 'Harbour') returning id", org.id());
        UUID book = (UUID) first(writer, "select quire.insert_node(?::uuid, null::uuid, 'book', 'Harbour', null::int)", project);
        UUID chapter = (UUID) first(writer, "select quire.insert_node(?::uuid, ?::uuid, 'chapter', 'Ferry', null::int)",
                project, book);
        UUID section = (UUID) first(writer, "select quire.insert_node(?::uuid, ?::uuid, 'section', 'Night', null::int)",
                project, chapter);
        first(writer, "update quire.node_content set body = 'The ferry did not come.', word_count = 5, "
                + "version = version + 1 where node_id = ?::uuid returning node_id", section);
        return (UUID) first(writer, "select quire.submit_for_review(?::uuid)", section);
    }

    /** The steps a request copied at submission: "position name role approvals sla". */
    List<String> requestSteps(UUID request) {
        List<String> steps = new ArrayList<>();
        try (Connection c = db.rawConnection(db.owner());
             PreparedStatement ps = c.prepareStatement("select position, name, decider_role, approvals_needed, sla_hours "
                     + "from quire.review_step where request_id = ? order by position")) {
            ps.setObject(1, request);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    steps.add(rs.getInt(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getInt(4) + " "
                            + rs.getInt(5));
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return steps;
    }

    private Object first(ConnectionTarget target, String sql, Object... args) {
        try (Connection c = db.rawConnection(target); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getObject(1) : null;
            }
        } catch (Exception e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
