package studio.quire.review;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.quire.db.ConnectionTarget;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two people acting on the same request at the same moment, each on a connection and in a
 * transaction of their own: the database serialises them (ADR 0016), so one decision wins and the
 * other is refused in plain words, and escalation happens exactly once however many run it.
 */
class ReviewConcurrencyTest {
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
    void decideReview_letsOneOfTwoSimultaneousEditorsDecide_andRefusesTheOther() throws Exception {
        ReviewFixture f = ReviewFixture.create(db, "Race");
        UUID request = f.submit(f.writer(), f.chapter());
        String approve = "select quire.decide_review(?::uuid, 1, 'approve', null::text)";

        List<Object> outcomes = atOnce(List.of(db.as(f.editor()), db.as(f.editor2())), approve, request);

        assertThat(outcomes).filteredOn(o -> o instanceof String).as("one decision succeeds").containsExactly("in_review");
        assertThat(outcomes).filteredOn(o -> o instanceof SQLException).singleElement()
                .satisfies(o -> assertThat(((SQLException) o).getSQLState()).as("%s", o).isEqualTo("55000"));
        assertThat(f.count("select count(*) from quire.review_decision where request_id = ?::uuid and step_position = 1",
                request)).as("no duplicate decision").isEqualTo(1);
        assertThat(f.call(f.admin(), "select current_step from quire.review_request where id = ?::uuid", request)).isEqualTo(2);
    }

    @Test
    void escalateOverdueReviews_escalatesOnce_whenTwoClientsRunItAtOnce() throws Exception {
        ReviewFixture f = ReviewFixture.create(db, "Escalation");
        UUID request = f.submit(f.writer(), f.chapter());
        f.update(f.owner(), "update quire.review_step set due_at = now() - interval '1 hour' "
                + "where request_id = ?::uuid and position = 1", request);

        List<Object> escalated = atOnce(List.of(db.as(f.editor()), db.as(f.writer())),
                "select quire.escalate_overdue_reviews()");

        assertThat(escalated).allSatisfy(o -> assertThat(o).as("%s", o).isInstanceOf(Integer.class));
        assertThat(escalated.stream().mapToInt(o -> (Integer) o).sum()).isEqualTo(1);
        assertThat(f.count("select count(*) from quire.notification where request_id = ?::uuid and kind = 'escalation' "
                + "and person_id = ?::uuid", request, f.person(f.admin()))).as("the admin is told once").isEqualTo(1);
        assertThat(f.count("select count(*) from quire.notification where request_id = ?::uuid and kind = 'escalation'",
                request)).as("nobody else is").isEqualTo(1);
        assertThat(f.count("select count(*) from quire.review_event where request_id = ?::uuid and kind = 'escalated'", request))
                .isEqualTo(1);
        assertThat(f.call(f.owner(), "select escalated_at is not null from quire.review_step "
                + "where request_id = ?::uuid and position = 1", request)).isEqualTo(true);
        assertThat(f.call(f.editor(), "select quire.escalate_overdue_reviews()")).as("run again").isEqualTo(0);
        assertThat(f.rows(f.admin(), "select step_position from quire.review_queue where request_id = ?::uuid", request))
                .as("escalated to the admin, the step is in their queue").containsExactly(List.of(1));
    }

    /**
     * Runs the statement once per target, each on its own connection in its own (auto-commit)
     * transaction, released together by a barrier; each outcome is the first value or the SQLException.
     */
    private static List<Object> atOnce(List<ConnectionTarget> targets, String sql, Object... args) throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(targets.size());
        ExecutorService pool = Executors.newFixedThreadPool(targets.size());
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (ConnectionTarget target : targets) {
                futures.add(pool.submit(() -> {
                    try (Connection c = db.rawConnection(target); PreparedStatement ps = ReviewFixture.prepare(c, sql, args)) {
                        barrier.await(30, TimeUnit.SECONDS);
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                            return rs.getObject(1);
                        } catch (SQLException e) {
                            return e;
                        }
                    }
                }));
            }
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> future : futures) {
                outcomes.add(future.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
