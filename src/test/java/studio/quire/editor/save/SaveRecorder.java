package studio.quire.editor.save;

import studio.quire.editor.store.SaveListener;
import studio.quire.editor.store.SaveStatus;
import studio.quire.editor.store.SectionConflict;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Records what a saver tells its listeners, and waits for things to become true. */
final class SaveRecorder implements SaveListener {
    record Change(UUID sectionId, SaveStatus status, String detail) {
    }

    final List<Change> changes = new CopyOnWriteArrayList<>();
    final List<SectionConflict> conflicts = new CopyOnWriteArrayList<>();

    @Override
    public void statusChanged(UUID sectionId, SaveStatus status, String detail) {
        changes.add(new Change(sectionId, status, detail));
    }

    @Override
    public void conflict(SectionConflict conflict) {
        conflicts.add(conflict);
    }

    List<SaveStatus> statuses(UUID sectionId) {
        return changes.stream().filter(c -> c.sectionId().equals(sectionId)).map(Change::status).toList();
    }

    Change last(UUID sectionId) {
        List<Change> mine = changes.stream().filter(c -> c.sectionId().equals(sectionId)).toList();
        return mine.isEmpty() ? null : mine.get(mine.size() - 1);
    }

    SaveStatus lastStatus(UUID sectionId) {
        Change last = last(sectionId);
        return last == null ? null : last.status();
    }

    void awaitStatus(UUID sectionId, SaveStatus status) {
        await(() -> lastStatus(sectionId) == status, 60);
    }

    /** Polls {@code condition} until it holds; fails after {@code seconds}. */
    static void await(Callable<Boolean> condition, long seconds) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("Condition not met within " + seconds + " s", e);
        }
    }
}
