package studio.quire.editor.revision;

import studio.quire.editor.store.OpenedSection;
import studio.quire.editor.store.SaveListener;
import studio.quire.editor.store.SaveStatus;
import studio.quire.editor.store.SectionStore;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A section store for tests of what sits on top of one: the text is already in the database (the
 * test saved it), flushes are recorded and answer {@link #status}.
 */
final class RecordingStore implements SectionStore {
    final List<UUID> flushed = new ArrayList<>();
    SaveStatus status = SaveStatus.SAVED;

    @Override
    public OpenedSection open(UUID sectionId) {
        throw new UnsupportedOperationException("not used by revisions");
    }

    @Override
    public void edited(UUID sectionId, String markdown) {
        throw new UnsupportedOperationException("not used by revisions");
    }

    @Override
    public synchronized SaveStatus flush(UUID sectionId) {
        flushed.add(sectionId);
        return status;
    }

    @Override
    public void addListener(SaveListener listener) {
    }

    @Override
    public void removeListener(SaveListener listener) {
    }
}
