package studio.quire.editor.save;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.quire.editor.store.SaveListener;
import studio.quire.editor.store.SaveStatus;
import studio.quire.editor.store.SectionConflict;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * The saver's listeners, told on one background thread in the order things happened (so a
 * "Saving…" never overtakes the "Saved" that followed it), never on the caller's thread.
 */
final class SaveListeners {
    private static final Logger LOG = LoggerFactory.getLogger(SaveListeners.class);

    private final List<SaveListener> listeners = new CopyOnWriteArrayList<>();
    private final Executor thread;

    SaveListeners(Executor thread) {
        this.thread = thread;
    }

    void add(SaveListener listener) {
        listeners.add(listener);
    }

    void remove(SaveListener listener) {
        listeners.remove(listener);
    }

    private void statusChanged(UUID sectionId, SaveStatus status, String detail) {
        tell(listener -> listener.statusChanged(sectionId, status, detail));
    }

    /** Tells the section's status if {@link StatusRule} now says something else; called with the saver's lock held. */
    void report(SectionState s) {
        StatusRule.Verdict verdict = StatusRule.of(s);
        if (verdict.status() != s.reportedStatus || !verdict.detail().equals(s.reportedDetail)) {
            s.reportedStatus = verdict.status();
            s.reportedDetail = verdict.detail();
            statusChanged(s.id, verdict.status(), verdict.detail());
        }
    }

    void conflict(SectionConflict conflict) {
        tell(listener -> listener.conflict(conflict));
    }

    private void tell(java.util.function.Consumer<SaveListener> news) {
        try {
            thread.execute(() -> {
                for (SaveListener listener : listeners) {
                    try {
                        news.accept(listener);
                    } catch (RuntimeException e) {
                        LOG.warn("A save listener failed", e);
                    }
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.debug("The saver is closed; a status change was not told");
        }
    }
}
