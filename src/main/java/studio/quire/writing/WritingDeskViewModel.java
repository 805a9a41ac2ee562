package studio.quire.writing;

import javafx.beans.property.BooleanProperty;
import studio.quire.editor.SectionEditorViewModel;
import studio.quire.editor.revision.RevisionsViewModel;
import studio.quire.editor.revision.WritingSessionEnd;
import studio.quire.editor.revision.WritingSessionTracker;
import studio.quire.goals.WritingProgressViewModel;
import studio.quire.manuscript.tree.ManuscriptNodeViewModel;
import studio.quire.manuscript.tree.ManuscriptTreeViewModel;
import studio.quire.manuscript.NodeKind;

import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The writing desk of one project: the binder decides what the editor and the revisions
 * inspector show, the texts the editor opens and changes drive the writing-session tracker (and
 * so automatic revisions and recorded sessions) and the session goal. Runs on the FX thread.
 */
public final class WritingDeskViewModel implements DeskSectionStore.Texts, AutoCloseable {
    private final UUID projectId;
    private final ManuscriptTreeViewModel tree;
    private final SectionEditorViewModel editor;
    private final RevisionsViewModel revisions;
    private final WritingSessionTracker tracker;
    private final WritingProgressViewModel progress;
    private final boolean canWrite;
    private final Consumer<WritingSessionEnd> sessionEnded = this::sessionEnded;
    /** Words of the open section when its current writing session began (or when it was opened). */
    private int wordsAtSessionStart;
    private int wordsNow;
    /** Words pasted from outside Quire into the open section during its current session. */
    private int pastedThisSession;
    private UUID openSection;
    private boolean closed;
    private Consumer<CompletableFuture<Void>> onHandOver = handOver -> { };

    /**
     * @param canWrite whether the signed-in role may write (an editor reads); the database decides anyway
     */
    public WritingDeskViewModel(UUID projectId, ManuscriptTreeViewModel tree, SectionEditorViewModel editor,
                                RevisionsViewModel revisions, WritingSessionTracker tracker,
                                WritingProgressViewModel progress, boolean canWrite) {
        this.projectId = Objects.requireNonNull(projectId);
        this.tree = Objects.requireNonNull(tree);
        this.editor = Objects.requireNonNull(editor);
        this.revisions = Objects.requireNonNull(revisions);
        this.tracker = Objects.requireNonNull(tracker);
        this.progress = Objects.requireNonNull(progress);
        this.canWrite = canWrite;
        tracker.addListener(sessionEnded);
        editor.setOnPasted(this::pasted);
        tree.selectedProperty().addListener((obs, old, node) -> follow(node));
        progress.showProject(projectId);
        follow(tree.selectedProperty().get());
    }

    private void follow(ManuscriptNodeViewModel node) {
        if (closed) {
            return;
        }
        if (node != null && node.kindProperty().get() == NodeKind.SECTION) {
            if (!node.id().equals(editor.openSectionId())) {
                editor.open(node.id(), node.titleProperty().get(), !canWrite);
            }
            revisions.showSection(node.id());
            return;
        }
        leaveSection();
        editor.showNothing(node == null ? SectionEditorViewModel.NOTHING_SELECTED
                : SectionEditorViewModel.CONTAINER_SELECTED);
        revisions.showSection(null);
    }

    private void leaveSection() {
        tracker.switchedAway();
        openSection = null;
        pastedThisSession = 0;
        progress.sessionWords(0);
    }

    @Override
    public void opened(UUID sectionId, String markdown, int words) {
        if (closed || !sectionId.equals(editor.openSectionId())) {
            return;
        }
        if (sectionId.equals(openSection)) {
            // Opened again (after a conflict): what the session counts starts from the text shown now.
            tracker.switchedAway();
        }
        tracker.opened(projectId, sectionId, markdown);
        openSection = sectionId;
        wordsAtSessionStart = words;
        wordsNow = words;
        pastedThisSession = 0;
        progress.sessionWords(0);
    }

    @Override
    public void edited(UUID sectionId, String markdown, int words) {
        if (closed || !sectionId.equals(openSection)) {
            return;
        }
        tracker.edited(sectionId, markdown);
        wordsNow = words;
        progress.sessionWords(words - wordsAtSessionStart, pastedThisSession);
    }

    /** Text from outside Quire was pasted: its words count as pasted, not written (the edit follows). */
    private void pasted(UUID sectionId, int words) {
        if (closed || sectionId == null || !sectionId.equals(openSection)) {
            return;
        }
        tracker.pasted(sectionId, words);
        pastedThisSession += words;
        progress.sessionWords(wordsNow - wordsAtSessionStart, pastedThisSession);
    }

    private void sessionEnded(WritingSessionEnd end) {
        // The next session of the same section counts from here.
        wordsAtSessionStart = wordsNow;
        pastedThisSession = 0;
        progress.sessionWords(0);
    }

    /** Called about once a minute: ten idle minutes end a session; a new day recalculates the goal. */
    public void minutePassed() {
        tracker.tick();
        progress.tick();
    }

    /** Into or out of focus mode (F11 anywhere on the desk). */
    public void toggleFocusMode() {
        editor.toggleFocusMode();
    }

    /** The editor's focus mode: the desk hides the binder and the inspector. */
    public BooleanProperty focusModeProperty() {
        return editor.focusModeProperty();
    }

    /** Hears when a closing desk's last edits have reached the store (the studio waits for it before stopping). */
    public void setOnHandOver(Consumer<CompletableFuture<Void>> listener) {
        this.onHandOver = Objects.requireNonNull(listener);
    }

    /** The page goes away: the writing session ends, the editor hands over its last edits. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        tracker.closing();
        closed = true;
        tracker.removeListener(sessionEnded);
        onHandOver.accept(editor.close());
        tree.close();
        progress.showProject(null);
    }
}
