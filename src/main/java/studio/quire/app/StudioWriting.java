package studio.quire.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.quire.editor.store.SectionTextRepository;
import studio.quire.editor.WritingSession;
import studio.quire.editor.journal.Journal;
import studio.quire.editor.save.ReplaySummary;
import studio.quire.editor.save.SectionSaver;
import studio.quire.goals.GoalsRepository;
import studio.quire.goals.SessionGoalSetting;
import studio.quire.goals.WritingProgressViewModel;
import studio.quire.ui.BackgroundTask;
import studio.quire.ui.TaskExecutor;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import studio.quire.session.Session;
import studio.quire.session.SettingsStore;

/**
 * What writing needs for one signed-in session: the saver on the never-lose-a-word path (over
 * the journal shared by every session of this data directory), the goals and the progress shown
 * in the status bar. Part of the composition root; closed before the session's database.
 */
final class StudioWriting implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StudioWriting.class);

    private static final Duration HAND_OVER_TIMEOUT = Duration.ofSeconds(15);

    private final SectionSaver saver;
    private final GoalsRepository goals;
    private final WritingProgressViewModel progress;
    private final TaskExecutor executor;
    private final Executor fx;
    private final Set<CompletableFuture<Void>> handOvers = ConcurrentHashMap.newKeySet();

    /** @param fx runs on the FX thread (Platform::runLater) */
    StudioWriting(Session session, Journal journal, SettingsStore settings, TaskExecutor executor, Executor fx,
                  Clock clock) {
        this.executor = executor;
        this.fx = fx;
        this.saver = new SectionSaver(new SectionTextRepository(session.database().dsl()), journal);
        this.goals = new GoalsRepository(session.database().dsl());
        this.progress = new WritingProgressViewModel(goals, sessionGoal(settings), executor, clock);
    }

    static SessionGoalSetting sessionGoal(SettingsStore settings) {
        return new SessionGoalSetting() {
            @Override
            public int get() {
                return settings.get().sessionWordGoal();
            }

            @Override
            public void set(int words) {
                settings.update(s -> s.withSessionWordGoal(words));
            }
        };
    }

    /** Saves, in the background, what earlier runs left in the journal; {@code notice} hears the outcome on the FX thread. */
    void replayJournal(Consumer<String> notice) {
        executor.execute(BackgroundTask.of(progress -> saver.replayPending())
                .titled("Saving text kept on this computer")
                .onSuccess((ReplaySummary summary) -> {
                    if (!summary.isEmpty()) {
                        LOG.info("Journal replay: {}", summary);
                        notice.accept(summary.message());
                    }
                })
                .onFailure(error -> LOG.warn("Replaying the journal failed; its text stays on this computer", error)));
    }

    /** Records an ended writing session; called on a background thread. */
    void record(WritingSession ended) {
        try {
            if (goals.record(ended)) {
                fx.execute(() -> progress.sessionRecorded(ended));
            }
        } catch (RuntimeException e) {
            LOG.warn("Recording the writing session on {} failed", ended.sectionId(), e);
        }
    }

    /** A closing desk is handing its last edits to the saver; {@link #close} waits for it. */
    void handingOver(CompletableFuture<Void> handOver) {
        handOvers.add(handOver);
        handOver.whenComplete((done, error) -> handOvers.remove(handOver));
    }

    /** Waits (bounded) until closing desks have handed their last edits to the saver. */
    void awaitHandOvers() {
        for (CompletableFuture<Void> handOver : List.copyOf(handOvers)) {
            try {
                handOver.get(HAND_OVER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException e) {
                LOG.warn("A closing editor did not hand over its last edits in time; the journal keeps what it had");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    SectionSaver saver() {
        return saver;
    }

    WritingProgressViewModel progress() {
        return progress;
    }

    /** Saves what is pending (bounded) and stops the saver; the journal keeps anything the database did not take. */
    @Override
    public void close() {
        awaitHandOvers();
        saver.close();
    }
}
