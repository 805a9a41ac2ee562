package studio.quire.editor.revision;

import studio.quire.compare.ComparisonRequest;
import studio.quire.editor.store.SectionStore;
import studio.quire.ui.TaskExecutor;

import java.time.Clock;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The revisions inspector of the open section, as the studio wires it: the {@link #list() list}
 * (open, restore, named revisions) and the {@link #comparison() comparison} of the revisions
 * chosen in it, whose merged text is saved the way a restore is. {@link RevisionsView} binds to
 * both.
 */
public final class RevisionsViewModel {
    private final RevisionListViewModel list;
    private final RevisionComparisonViewModel comparison;

    /**
     * @param canChange     whether the signed-in role may write in this project (an editor may not);
     *                      the database enforces it anyway
     * @param restoreTarget receives a restored or merged text on the FX thread; the lead wires the
     *                      editor's {@code replaceText(markdown)}, which saves it like any edit
     * @param clock         "now" and the time zone of the times shown
     */
    public RevisionsViewModel(RevisionRepository repository, SectionStore store, TaskExecutor executor,
                              Consumer<String> restoreTarget, boolean canChange, Clock clock) {
        list = new RevisionListViewModel(repository, store, executor, restoreTarget, canChange, clock);
        comparison = new RevisionComparisonViewModel(list, repository, store);
    }

    public RevisionListViewModel list() {
        return list;
    }

    public RevisionComparisonViewModel comparison() {
        return comparison;
    }

    /** Shows the revisions of {@code sectionId} (null: no section open). */
    public void showSection(UUID sectionId) {
        list.showSection(sectionId);
    }

    /** A section's revisions changed elsewhere (a session ended): reloads if it is the one shown. */
    public void revisionsChanged(UUID sectionId) {
        list.revisionsChanged(sectionId);
    }

    /** Reloads the list in the background. */
    public void refresh() {
        list.refresh();
    }

    /** Where a comparison to show goes (the studio opens a comparison window), on the FX thread. */
    public void setOnCompare(Consumer<ComparisonRequest> consumer) {
        comparison.setOnCompare(consumer);
    }
}
