package studio.quire.manuscript;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.testfx.util.WaitForAsyncUtils;
import studio.quire.db.ChannelListener;
import studio.quire.db.Database;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;
import studio.quire.ui.FxTaskExecutor;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import studio.quire.manuscript.tree.ManuscriptNodeViewModel;
import studio.quire.manuscript.tree.ManuscriptTreeViewModel;
import static org.assertj.core.api.Assertions.assertThat;
import static studio.quire.db.schema.Tables.NODE_CONTENT;

/**
 * Two people on one manuscript, each with their own pool and listener: what one changes appears
 * in the other's binder without anyone calling load. The "UI thread" here is a single thread.
 */
class TreeChangeListenerTest {
    private static TestDatabase db;
    private static TestDatabase.Org org;
    private static Database writerDb;
    private static Database consultantDb;
    private ExecutorService uiThread;
    private FxTaskExecutor executor;
    private ManuscriptTreeRepository writer;
    private TreeFixture f;
    private ManuscriptTreeViewModel consultantView;

    @BeforeAll
    static void organization() {
        db = TestServer.get().newDatabase();
        org = db.createOrg("Live");
        writerDb = db.open(db.as(org.writer()));
        consultantDb = db.open(db.as(org.consultant()));
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @BeforeEach
    void twoPeople() throws Exception {
        writer = new ManuscriptTreeRepository(writerDb.dsl());
        f = new TreeFixture(db, org, writer, 2, 2);
        uiThread = Executors.newSingleThreadExecutor();
        executor = new FxTaskExecutor(uiThread, 2);
        consultantView = new ManuscriptTreeViewModel(new ManuscriptTreeRepository(consultantDb.dsl()), f.project, true, executor);
        onUi(() -> {
            consultantView.load();
            consultantView.listen(new TreeChangeListener(consultantDb));
            return null;
        });
        await(() -> !consultantView.roots().isEmpty());
    }

    @AfterEach
    void stop() throws Exception {
        onUi(() -> {
            consultantView.close();
            return null;
        });
        executor.close();
        uiThread.shutdownNow();
    }

    private <T> T onUi(Callable<T> work) throws Exception {
        return uiThread.submit(work).get(15, TimeUnit.SECONDS);
    }

    private void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> onUi(condition));
    }

    /** On the UI thread only (inside onUi or await). */
    private List<String> titlesUnder(TreeNode parent) {
        return consultantView.node(parent.id()).orElseThrow().children().stream().map(n -> n.titleProperty().get()).toList();
    }

    @Test
    void renameAndMoveByOnePerson_appearInTheOthersTree_withoutLoad() throws Exception {
        ManuscriptNodeViewModel section = onUi(() -> consultantView.node(f.sections.get(0).get(0).id()).orElseThrow());
        onUi(() -> {
            consultantView.selectedProperty().set(section);
            return null;
        });

        writer.rename(f.sections.get(0).get(0), "Renamed elsewhere");
        writer.move(f.sections.get(0).get(0).id(), f.chapters.get(1).id(), 0);

        await(() -> titlesUnder(f.chapters.get(1)).equals(List.of("Renamed elsewhere", "Section 1.0", "Section 1.1")));
        // Patched in place: the same node view model, still selected.
        assertThat(onUi(() -> consultantView.selectedProperty().get())).isSameAs(section);
        assertThat(onUi(() -> titlesUnder(f.chapters.get(0)))).containsExactly("Section 0.1");
    }

    @Test
    void wordCountSavedByOnePerson_rollsUpLiveInTheOthersTree() throws Exception {
        writerDb.dsl().update(NODE_CONTENT).set(NODE_CONTENT.WORD_COUNT, 1000)
                .where(NODE_CONTENT.NODE_ID.eq(f.sections.get(1).get(1).id())).execute();

        await(() -> consultantView.roots().get(0).wordCountProperty().get() == 10 + 11 + 20 + 1000);
    }

    @Test
    void trashByOnePerson_showsInTheOthersTrashList() throws Exception {
        writer.trash(f.chapters.get(0).id());

        await(() -> consultantView.trash().items().size() == 1);
        assertThat(onUi(() -> consultantView.roots().get(0).children().size())).isEqualTo(1);
    }

    @Test
    void notification_carriesOnlyTheProjectId_onTheProjectsOwnChannel() throws Exception {
        try (Connection raw = consultantDb.openDedicatedConnection(); Statement s = raw.createStatement()) {
            s.execute("LISTEN " + TreeChangeListener.channel(f.project));
            writer.rename(f.chapters.get(1), "Elsewhere");
            List<PGNotification> received = new ArrayList<>();
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> {
                PGNotification[] batch = raw.unwrap(PGConnection.class).getNotifications(200);
                if (batch != null) {
                    received.addAll(List.of(batch));
                }
                return !received.isEmpty();
            });
            assertThat(received).extracting(PGNotification::getParameter).containsOnly(f.project.toString());
            assertThat(received).extracting(PGNotification::getName).containsOnly(TreeChangeListener.channel(f.project));
        }
    }

    @Test
    void listener_reconnectsAfterItsConnectionIsKilled_andSignals() throws Exception {
        AtomicInteger signals = new AtomicInteger();
        ChannelListener listener = consultantDb.listen(TreeChangeListener.channel(f.project), Duration.ofMillis(50),
                signals::incrementAndGet);
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, listener::isListening);
            try (Connection su = db.rawConnection(db.superuser()); Statement s = su.createStatement()) {
                s.execute("select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'quire-listen' "
                        + "and usename = '" + org.consultant() + "'");
            }
            // After a reconnection the listener signals, since notifications sent meanwhile are lost.
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> signals.get() >= 1 && listener.isListening());
            int before = signals.get();
            writer.rename(f.chapters.get(0), "After the reconnection");
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> signals.get() > before);
        } finally {
            listener.close();
        }
        // Closing does not wait (a closing page calls it on the FX thread); the listener stops within a poll.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !listener.isListening());
    }
}
