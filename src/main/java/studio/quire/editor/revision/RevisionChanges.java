package studio.quire.editor.revision;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableObjectValue;
import studio.quire.db.RefusedByDatabaseException;
import studio.quire.editor.store.SaveStatus;
import studio.quire.editor.store.SectionStore;
import studio.quire.ui.BackgroundTask;
import studio.quire.ui.TaskExecutor;

import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Changes to the shown section's revisions, run in the background: keeping a named revision,
 * restoring an old text, using a merged one. While any is under way the inspector is
 * {@link #busyProperty() busy}; after each, the list is reloaded. Failures become the inspector's
 * message.
 */
final class RevisionChanges {
    private final RevisionRepository repository;
    private final SectionStore store;
    private final TaskExecutor executor;
    private final Consumer<String> restoreTarget;
    private final ObservableObjectValue<UUID> section;
    private final RevisionMessage message;
    private final Runnable reload;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    /** Changes under way; a restore starts its second step before its first has finished. */
    private int changes;

    /**
     * @param section the section shown in the list
     * @param reload  reloads the list after a change
     */
    RevisionChanges(RevisionRepository repository, SectionStore store, TaskExecutor executor,
                    Consumer<String> restoreTarget, ObservableObjectValue<UUID> section,
                    RevisionMessage message, Runnable reload) {
        this.repository = Objects.requireNonNull(repository);
        this.store = Objects.requireNonNull(store);
        this.executor = Objects.requireNonNull(executor);
        this.restoreTarget = Objects.requireNonNull(restoreTarget);
        this.section = Objects.requireNonNull(section);
        this.message = Objects.requireNonNull(message);
        this.reload = Objects.requireNonNull(reload);
    }

    /**
     * Makes {@code newText} the open section's text: the current text is kept first as the named
     * revision {@code beforeName}, the editor gets the new text, and {@code record} keeps it as a
     * revision of its own; {@code done} completes then, or fails with the reason.
     */
    void replaceText(Callable<String> newText, String beforeName, Function<String, RevisionEntry> record,
                     String doneMessage, CompletableFuture<Void> done) {
        UUID shown = section.get();
        run(() -> {
            requireSaved(shown);
            String body = newText.call();
            repository.keepNamed(shown, beforeName);
            return body;
        }, body -> {
            if (!shown.equals(section.get())) {
                String refusal = "Another section was opened; its text was left as it was.";
                message.set(refusal);
                done.completeExceptionally(new IllegalStateException(refusal));
                return;
            }
            restoreTarget.accept(body);
            run(() -> record.apply(body), kept -> {
                message.set(doneMessage);
                done.complete(null);
            }, done::completeExceptionally);
        }, done::completeExceptionally);
    }

    void requireSaved(UUID sectionId) {
        SaveStatus status = store.flush(sectionId);
        if (status != SaveStatus.SAVED) {
            throw new RefusedByDatabaseException("The newest text is not in the database yet (" + status.label()
                    + "); try again once it is saved.", "55000", null);
        }
    }

    /** Runs a change in the background, then reloads the list. */
    <T> void run(Callable<T> work, Consumer<T> done) {
        run(work, done, error -> { });
    }

    /** Runs a change in the background, then reloads the list; a failure is shown and handed to {@code failed}. */
    private <T> void run(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        changes++;
        busy.set(true);
        executor.execute(BackgroundTask.of(progress -> work.call())
                .titled("Changing revisions")
                .onSuccess(done)
                .onFailure(error -> {
                    message.report(error);
                    failed.accept(error);
                })
                .onFinished(() -> {
                    busy.set(--changes > 0);
                    reload.run();
                }));
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
