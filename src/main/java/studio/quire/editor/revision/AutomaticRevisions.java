package studio.quire.editor.revision;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.quire.db.RefusedByDatabaseException;
import studio.quire.editor.store.SaveStatus;
import studio.quire.editor.store.SectionStore;
import studio.quire.editor.WritingSession;
import studio.quire.ui.BackgroundTask;
import studio.quire.ui.TaskExecutor;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Keeps an automatic revision when a writing session ends, in the background: the store saves
 * what is pending, the stored text becomes an automatic revision (unless the newest revision
 * already holds it), the section's automatic revisions are thinned, and the session, with its
 * words counted, goes to the session recorder. Listeners hear on the FX thread that a section's
 * revisions changed (the inspector refreshes). Hook it to the tracker with
 * {@code tracker.addListener(automaticRevisions)}.
 */
public final class AutomaticRevisions implements Consumer<WritingSessionEnd> {
    private static final Logger LOG = LoggerFactory.getLogger(AutomaticRevisions.class);

    private final SectionStore store;
    private final RevisionRepository repository;
    private final TaskExecutor executor;
    private final Consumer<WritingSession> sessions;
    private final List<Consumer<UUID>> revisionListeners = new CopyOnWriteArrayList<>();

    /**
     * @param sessions receives each ended session on a background thread (it may write to the
     *                 database); it is called even when keeping the revision failed
     */
    public AutomaticRevisions(SectionStore store, RevisionRepository repository, TaskExecutor executor,
                              Consumer<WritingSession> sessions) {
        this.store = Objects.requireNonNull(store);
        this.repository = Objects.requireNonNull(repository);
        this.executor = Objects.requireNonNull(executor);
        this.sessions = Objects.requireNonNull(sessions);
    }

    /** Hears, on the FX thread, the id of a section whose revision list changed. */
    public void addRevisionListener(Consumer<UUID> listener) {
        revisionListeners.add(listener);
    }

    public void removeRevisionListener(Consumer<UUID> listener) {
        revisionListeners.remove(listener);
    }

    @Override
    public void accept(WritingSessionEnd end) {
        executor.execute(BackgroundTask.of(progress -> keep(end))
                .titled("Keeping a revision")
                .onSuccess(changed -> {
                    if (changed) {
                        revisionListeners.forEach(l -> l.accept(end.sectionId()));
                    }
                })
                .onFailure(error -> LOG.warn("Ending the writing session on {} failed", end.sectionId(), error)));
    }

    /** Runs in the background; true when the section's revision list changed. */
    private boolean keep(WritingSessionEnd end) {
        boolean changed = false;
        try {
            SaveStatus status = store.flush(end.sectionId());
            if (status == SaveStatus.SAVED) {
                changed = repository.keepAutomatic(end.sectionId()).isPresent();
                changed |= repository.thin(end.sectionId()) > 0;
            } else {
                // The database does not hold the newest text: a revision now would keep older text.
                LOG.info("No automatic revision of {}: its text is {}", end.sectionId(), status.label());
            }
        } catch (RefusedByDatabaseException e) {
            // An editor's sessions reach here too: they may read but keep no revisions.
            LOG.info("No automatic revision of {}: {}", end.sectionId(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("Keeping an automatic revision of {} failed", end.sectionId(), e);
        }
        sessions.accept(end.session());
        return changed;
    }
}
