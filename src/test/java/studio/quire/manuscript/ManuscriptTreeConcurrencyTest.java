package studio.quire.manuscript;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static studio.quire.db.schema.Tables.NODE;

/** Two people reorder the same chapter at the same moment, each in their own transaction. */
class ManuscriptTreeConcurrencyTest {
    private static final int ROUNDS = 25;
    private static TestDatabase db;
    private static TestDatabase.Org org;
    private static DSLContext owner;
    private TreeFixture f;
    private ExecutorService pool;

    @BeforeAll
    static void organization() {
        db = TestServer.get().newDatabase();
        org = db.createOrg("Races");
        owner = db.openOwner().dsl();
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @BeforeEach
    void book() {
        f = new TreeFixture(db, org, new ManuscriptTreeRepository(db.open(db.as(org.writer())).dsl()), 2, 8);
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void moves_fromTwoTransactionsAtOnce_endDenseAndUnique_withNoErrorForTheUser() throws Exception {
        List<DSLContext> people = List.of(db.open(db.as(org.writer())).dsl(), db.open(db.as(org.admin())).dsl());
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<List<Throwable>>> runs = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
            DSLContext person = people.get(p);
            Random random = new Random(p);
            runs.add(pool.submit(() -> {
                List<Throwable> failures = new ArrayList<>();
                for (int round = 0; round < ROUNDS; round++) {
                    UUID section = randomSection(random);
                    UUID chapter = f.chapters.get(random.nextInt(10) < 8 ? 0 : 1).id();
                    int position = random.nextInt(9);
                    try {
                        person.transaction(cfg -> {
                            cfg.dsl().selectOne().fetch(); // the transaction has begun
                            together.await(30, TimeUnit.SECONDS);
                            new ManuscriptTreeRepository(cfg.dsl()).move(section, chapter, position);
                        });
                    } catch (RuntimeException e) {
                        failures.add(e);
                    }
                }
                return failures;
            }));
        }
        for (Future<List<Throwable>> run : runs) {
            assertThat(run.get(120, TimeUnit.SECONDS)).isEmpty();
        }
        TreeFixture.assertDense(owner, f.project);
        assertThat(owner.fetchCount(NODE, NODE.PROJECT_ID.eq(f.project).and(NODE.KIND.eq("section")))).isEqualTo(16);
    }

    @Test
    void sameNode_toTwoChaptersAtOnce_asPsqlWould_failsOnlyAsARetryableSerializationFailure() throws Exception {
        TreeNode third = new ManuscriptTreeRepository(db.open(db.as(org.writer())).dsl())
                .create(f.project, f.book.id(), NodeKind.CHAPTER, "Third");
        List<UUID> targets = List.of(f.chapters.get(1).id(), third.id());
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<List<String>>> runs = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
            String login = p == 0 ? org.writer() : org.admin();
            UUID target = targets.get(p);
            Callable<List<String>> run = () -> {
                List<String> states = new ArrayList<>();
                try (Connection c = db.rawConnection(db.as(login))) {
                    c.setAutoCommit(false);
                    for (int round = 0; round < ROUNDS; round++) {
                        UUID section = f.sections.get(0).get(round % 8).id();
                        together.await(30, TimeUnit.SECONDS);
                        try (PreparedStatement move = c.prepareStatement("select quire.move_node(?, ?, 0)")) {
                            move.setObject(1, section);
                            move.setObject(2, target);
                            move.execute();
                            c.commit();
                        } catch (SQLException e) {
                            c.rollback();
                            states.add(e.getSQLState() + " " + e.getMessage());
                        }
                    }
                }
                return states;
            };
            runs.add(pool.submit(run));
        }
        for (Future<List<String>> run : runs) {
            assertThat(run.get(120, TimeUnit.SECONDS))
                    .allSatisfy(s -> assertThat(s).startsWith("40001").contains("changed by someone else in the meantime"));
        }
        TreeFixture.assertDense(owner, f.project);
        assertThat(TreeFixture.titlesUnder(owner, f.chapters.get(0).id())).isEmpty();
    }

    @Test
    void repository_retriesALostRace_soTheUserSeesNoError() throws Exception {
        UUID section = f.sections.get(0).get(0).id();
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<?>> runs = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
            ManuscriptTreeRepository person = new ManuscriptTreeRepository(db.open(db.as(p == 0 ? org.writer() : org.admin())).dsl());
            UUID target = f.chapters.get(p).id();
            runs.add(pool.submit(() -> {
                for (int round = 0; round < ROUNDS; round++) {
                    together.await(30, TimeUnit.SECONDS);
                    person.move(section, target, round % 5);
                }
                return null;
            }));
        }
        for (Future<?> run : runs) {
            run.get(120, TimeUnit.SECONDS);
        }
        TreeFixture.assertDense(owner, f.project);
    }

    private UUID randomSection(Random random) {
        return f.sections.get(random.nextInt(2)).get(random.nextInt(8)).id();
    }
}
