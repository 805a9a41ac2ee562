package studio.quire.editor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.quire.text.MarkdownFormat;
import studio.quire.ui.BackgroundTask;
import studio.quire.ui.TaskExecutor;

import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import studio.quire.editor.store.SectionConflict;
import studio.quire.editor.store.SaveStatus;
import studio.quire.editor.store.SaveListener;
import studio.quire.editor.store.SectionStore;
import studio.quire.editor.store.OpenedSection;
/**
 * The section editor's one lane to its {@link SectionStore} (ADR 0010): texts handed over, flushes
 * and openings run in the background one at a time, in the order the writer made them, so an edit
 * typed before a switch reaches the store before the switch flushes it; of the texts waiting only
 * the newest goes. The store's news reaches the editor on the FX thread. Used on the FX thread.
 */
final class StoreLane {
    private static final Logger LOG = LoggerFactory.getLogger(StoreLane.class);

    /** A section as the store opened it, with its text built for the view. */
    record Opened(OpenedSection section, EditorText text) {
    }

    private final SectionStore store;
    private final EditorText.Builder texts;
    private final EditorLane lane;
    private final SaveListener listener;

    /** @param news hears the store's statuses and conflicts on the FX thread, from {@link #listen} until {@link #close} */
    StoreLane(SectionStore store, EditorText.Builder texts, TaskExecutor executor, SaveListener news) {
        this.store = store;
        this.texts = texts;
        this.lane = new EditorLane(executor);
        this.listener = new SaveListener() {
            @Override
            public void statusChanged(UUID id, SaveStatus status, String detail) {
                executor.execute(BackgroundTask.of(progress -> status).onSuccess(s -> news.statusChanged(id, s, detail)));
            }

            @Override
            public void conflict(SectionConflict met) {
                executor.execute(BackgroundTask.of(progress -> met).onSuccess(news::conflict));
            }
        };
    }

    /** Starts hearing the store (news may come at once, on another thread). */
    void listen() {
        store.addListener(listener);
    }

    /** Hands the newest text of section {@code id} to the store, converted to the stored format in the background. */
    void edited(UUID id, EditorText text, Consumer<Throwable> failed) {
        lane.latest(progress -> {
            store.edited(id, text.markdown());
            return null;
        }, done -> { }, failed);
    }

    /** Saves what is pending for {@code previous} (when not null), then opens {@code id} and builds its text. */
    void open(UUID previous, UUID id, Consumer<Opened> opened, Consumer<Throwable> failed) {
        lane.then(progress -> {
            if (previous != null) {
                store.flush(previous);
            }
            OpenedSection section = store.open(id);
            return new Opened(section, texts.of(MarkdownFormat.parse(section.markdown())));
        }, opened, failed);
    }

    /** Saves what is pending for {@code previous}, after every text handed over before. */
    void flush(UUID previous) {
        lane.then(progress -> store.flush(previous), status -> { }, error -> LOG.warn("Flush failed", error));
    }

    /**
     * Stops hearing the store and saves what is pending for {@code previous} (when not null). The
     * answer completes on the worker, after every text handed over before, so a closing studio can
     * wait for it.
     */
    CompletableFuture<Void> close(UUID previous) {
        store.removeListener(listener);
        CompletableFuture<Void> handedOver = new CompletableFuture<>();
        if (previous == null) {
            handedOver.complete(null);
            return handedOver;
        }
        lane.then(progress -> {
            try {
                return store.flush(previous);
            } finally {
                handedOver.complete(null);
            }
        }, status -> { }, error -> LOG.warn("Flush failed", error));
        return handedOver;
    }

    /** Work that saves what is pending for {@code open} and answers the status (blocking: run it in the background). */
    Callable<SaveStatus> saveNow(UUID open) {
        return () -> open == null ? SaveStatus.SAVED : store.flush(open);
    }
}
