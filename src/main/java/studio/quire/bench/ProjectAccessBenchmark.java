package studio.quire.bench;

import studio.quire.project.Project;
import studio.quire.project.ProjectKind;
import studio.quire.project.ProjectRepository;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.jooq.DSLContext;

import static studio.quire.db.schema.Tables.PROJECT;

/**
 * The app's own jOOQ paths against hand-written JDBC on the same pool, as the same person:
 * reading a project by primary key, and a one-row update in a transaction. Each method runs a
 * batch and returns its wall time per operation in microseconds.
 */
final class ProjectAccessBenchmark {
    private static final String FIND_SQL = "select id, org_id, kind, title, description, word_goal, deadline, "
            + "archived_at, updated_at, version from quire.project where id = ?";
    private static final String UPDATE_SQL = "update quire.project set title = ?, version = version + 1 where id = ?";

    private final DSLContext dsl;
    private final DataSource dataSource;
    private final ProjectRepository projects;
    private final UUID projectId;
    private long checksum;
    private int updates;

    ProjectAccessBenchmark(DSLContext dsl, DataSource dataSource, UUID projectId) {
        this.dsl = dsl;
        this.dataSource = dataSource;
        this.projects = new ProjectRepository(dsl);
        this.projectId = projectId;
    }

    /**
     * {@code count} reads on each side, alternating one by one (and which side goes first) so
     * that noise on a busy machine hits both alike; returns µs per read as {jOOQ, JDBC}.
     */
    double[] reads(int count) throws SQLException {
        return interleaved(count, this::readJooq, this::readJdbc);
    }

    /** Like {@link #reads}, for one-row update transactions. */
    double[] updates(int count) throws SQLException {
        return interleaved(count, this::updateJooq, this::updateJdbc);
    }

    private static double[] interleaved(int count, Operation jooqSide, Operation jdbcSide) throws SQLException {
        long jooq = 0;
        long jdbc = 0;
        for (int i = 0; i < count; i++) {
            boolean jooqFirst = i % 2 == 0;
            if (jooqFirst) {
                jooq += timed(jooqSide);
            }
            jdbc += timed(jdbcSide);
            if (!jooqFirst) {
                jooq += timed(jooqSide);
            }
        }
        return new double[] {jooq / 1e3 / count, jdbc / 1e3 / count};
    }

    /** The app's path: {@link ProjectRepository#find}. */
    private void readJooq() {
        checksum += projects.find(projectId).orElseThrow().version();
    }

    private void readJdbc() throws SQLException {
        checksum += findJdbc().version();
    }

    private void updateJooq() {
        String title = nextTitle();
        checksum += dsl.transactionResult(cfg -> cfg.dsl().update(PROJECT)
                .set(PROJECT.TITLE, title)
                .set(PROJECT.VERSION, PROJECT.VERSION.plus(1))
                .where(PROJECT.ID.eq(projectId))
                .execute());
    }

    private void updateJdbc() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(UPDATE_SQL)) {
                ps.setString(1, nextTitle());
                ps.setObject(2, projectId);
                checksum += ps.executeUpdate();
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private interface Operation {
        void run() throws SQLException;
    }

    private static long timed(Operation operation) throws SQLException {
        long start = System.nanoTime();
        operation.run();
        return System.nanoTime() - start;
    }

    /** Keeps the JIT from dropping the work. */
    long checksum() {
        return checksum;
    }

    private Project findJdbc() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(FIND_SQL)) {
            ps.setObject(1, projectId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("The benchmark project is gone");
                }
                return new Project(rs.getObject("id", UUID.class), rs.getObject("org_id", UUID.class),
                        ProjectKind.fromDb(rs.getString("kind")), rs.getString("title"), rs.getString("description"),
                        rs.getObject("word_goal", Integer.class), rs.getObject("deadline", LocalDate.class),
                        rs.getObject("archived_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class),
                        rs.getInt("version"));
            }
        }
    }

    private String nextTitle() {
        return "Benchmark project " + (++updates % 1000);
    }
}
