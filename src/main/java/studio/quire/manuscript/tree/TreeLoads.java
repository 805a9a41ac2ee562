package studio.quire.manuscript.tree;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.quire.ui.BackgroundTask;
import studio.quire.ui.TaskExecutor;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import studio.quire.manuscript.TreeChanges;
import studio.quire.manuscript.ManuscriptTreeRepository;

/**
 * Loads a project's tree and trash in the background, asked for by the binder or by a live
 * change signal, and patches them in. Loads are numbered when their query starts, so an older
 * result never replaces a newer one whatever order they finish in.
 */
final class TreeLoads implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TreeLoads.class);

    private final ManuscriptTreeRepository repository;
    private final UUID projectId;
    private final TaskExecutor executor;
    private final TreePatcher patcher;
    private final TreeSelection selection;
    private final TreeTrashViewModel trash;
    private final ReadOnlyBooleanWrapper applying = new ReadOnlyBooleanWrapper(false);
    private final AtomicLong tickets = new AtomicLong();
    private long appliedTicket;
    private TaskExecutor.TaskHandle inFlight;
    private TreeChanges.Subscription live;

    TreeLoads(ManuscriptTreeRepository repository, UUID projectId, TaskExecutor executor, TreePatcher patcher,
              TreeSelection selection, TreeTrashViewModel trash) {
        this.repository = repository;
        this.projectId = projectId;
        this.executor = executor;
        this.patcher = patcher;
        this.selection = selection;
        this.trash = trash;
    }

    private record Loaded(long ticket, ManuscriptTreeRepository.TreeSnapshot snapshot) {
    }

    /** Replaces a load still running; selects {@code select} afterwards (null: keeps the selection). */
    void load(List<UUID> select, Consumer<Throwable> onFailure, Runnable onFinished) {
        if (inFlight != null) {
            inFlight.cancel();
        }
        inFlight = executor.execute(BackgroundTask.of(progress -> fetch())
                .titled("Loading the manuscript")
                .onSuccess(loaded -> apply(loaded, select))
                .onFailure(onFailure)
                .onFinished(onFinished));
    }

    /** Reloads on every signal of {@code changes} until closed; {@code afterApply} runs after each patch. */
    void listen(TreeChanges changes, Runnable afterApply) {
        close();
        // The signal comes on the listener's thread: it only hands work to the executor.
        live = changes.subscribe(projectId, () -> executor.execute(BackgroundTask.of(progress -> fetch())
                .titled("Updating the manuscript")
                .onSuccess(loaded -> {
                    apply(loaded, null);
                    afterApply.run();
                })
                .onFailure(error -> LOG.info("A live update of the manuscript failed", error))));
    }

    private Loaded fetch() {
        long ticket = tickets.incrementAndGet();
        return new Loaded(ticket, repository.snapshot(projectId));
    }

    private void apply(Loaded loaded, List<UUID> select) {
        applying.set(true);
        try {
            if (loaded.ticket() >= appliedTicket) {
                appliedTicket = loaded.ticket();
                patcher.apply(loaded.snapshot().tree());
                trash.update(loaded.snapshot().trashed());
            }
            selection.restore(patcher, select);
        } finally {
            applying.set(false);
        }
    }

    ReadOnlyBooleanProperty applyingProperty() {
        return applying.getReadOnlyProperty();
    }

    @Override
    public void close() {
        if (live != null) {
            live.close();
            live = null;
        }
    }
}
