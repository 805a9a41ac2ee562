package studio.quire.editor;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import studio.quire.ui.BackgroundTask;
import studio.quire.ui.TaskExecutor;

import java.util.UUID;
import java.util.function.Consumer;

/**
 * The conflict banner's state and its "Use my version" choice: their text is kept as a named
 * revision first, so nothing is lost whichever version the writer keeps.
 */
final class ConflictResolution {
    private final SectionEditorViewModel.RevisionSaver revisions;
    private final TaskExecutor executor;
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(false);
    private UUID sectionId;
    private String localMarkdown;

    ConflictResolution(SectionEditorViewModel.RevisionSaver revisions, TaskExecutor executor) {
        this.revisions = revisions;
        this.executor = executor;
    }

    void show(UUID id, String mine) {
        sectionId = id;
        localMarkdown = mine;
        shown.set(true);
    }

    void dismiss() {
        sectionId = null;
        localMarkdown = null;
        shown.set(false);
    }

    /** Keeps theirs as a named revision, then hands my text to {@code putBack} (unless the section changed). */
    void useMine(java.util.function.Supplier<UUID> openSection, Consumer<String> putBack, Consumer<Throwable> failed) {
        UUID id = sectionId;
        String mine = localMarkdown;
        if (id == null || mine == null) {
            return;
        }
        dismiss();
        executor.execute(BackgroundTask.ofRunnable(
                        () -> revisions.saveNamedRevision(id, SectionEditorViewModel.THEIR_REVISION_NAME))
                .onSuccess(done -> {
                    if (id.equals(openSection.get())) {
                        putBack.accept(mine);
                    }
                })
                .onFailure(failed));
    }

    ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }
}
