package studio.quire.app;

import javafx.scene.Node;
import studio.quire.compare.ChapterHistoryRepository;
import studio.quire.compare.ComparisonRequest;
import studio.quire.editor.store.SaveStatus;
import studio.quire.editor.SectionEditorViewModel;
import studio.quire.editor.store.SectionTextRepository;
import studio.quire.editor.revision.AutomaticRevisions;
import studio.quire.editor.revision.RevisionRepository;
import studio.quire.editor.revision.RevisionsView;
import studio.quire.editor.revision.RevisionsViewModel;
import studio.quire.editor.revision.WritingSessionTracker;
import studio.quire.editor.view.FormattedTextView;
import studio.quire.editor.view.SectionEditorView;
import studio.quire.editor.view.StyledText;
import studio.quire.manuscript.ManuscriptTreeRepository;
import studio.quire.manuscript.tree.ManuscriptTreeView;
import studio.quire.manuscript.tree.ManuscriptTreeViewModel;
import studio.quire.manuscript.details.NodeDetailsRepository;
import studio.quire.manuscript.details.NodeDetailsView;
import studio.quire.manuscript.details.NodeDetailsViewModel;
import studio.quire.manuscript.TreeChangeListener;
import studio.quire.project.Project;
import studio.quire.review.NodeReviewView;
import studio.quire.review.NodeReviewViewModel;
import studio.quire.review.ReviewRepository;
import studio.quire.review.comment.CommentMarginView;
import studio.quire.review.comment.CommentRepository;
import studio.quire.review.comment.CommentThreadsViewModel;
import studio.quire.ui.TaskExecutor;
import studio.quire.writing.ChapterComparisonBar;
import studio.quire.writing.ChapterComparisonViewModel;
import studio.quire.writing.DeskComments;
import studio.quire.writing.DeskSectionStore;
import studio.quire.writing.WritingDeskView;
import studio.quire.writing.WritingDeskViewModel;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.UUID;
import java.util.function.Consumer;

import studio.quire.session.Session;

/** Builds the writing desk of a project: binder, editor, details and revisions, wired to the session's saver. */
final class WritingDesks {
    private final TaskExecutor executor;
    private final Executor fx;
    private final Clock clock;
    private final ComparisonWindows comparisons;

    WritingDesks(TaskExecutor executor, Executor fx, Clock clock) {
        this.executor = executor;
        this.fx = fx;
        this.clock = clock;
        this.comparisons = new ComparisonWindows(executor);
    }

    /** @param openReview shows a review request's screen (on the Review page) */
    WritingDeskView build(Session session, Project project, StudioWriting writing, Consumer<UUID> openReview) {
        var db = session.database();
        boolean canWrite = session.organization().role().canAuthor();
        ManuscriptTreeViewModel tree = new ManuscriptTreeViewModel(new ManuscriptTreeRepository(db.dsl()), project.id(),
                canWrite, executor);
        tree.listen(new TreeChangeListener(session.database()));
        tree.load();

        DeskSectionStore store = new DeskSectionStore(writing.saver(), fx);
        SectionEditorViewModel editor = new SectionEditorViewModel(store, new SectionTextRepository(db.dsl()),
                StyledText::of, executor);
        RevisionRepository revisionRepository = new RevisionRepository(db.dsl());
        WritingSessionTracker tracker = new WritingSessionTracker(clock);
        AutomaticRevisions automatic = new AutomaticRevisions(store, revisionRepository, executor, writing::record);
        tracker.addListener(automatic);
        RevisionsViewModel revisions = new RevisionsViewModel(revisionRepository, store, executor, editor::replaceText,
                canWrite, clock);
        automatic.addRevisionListener(revisions::revisionsChanged);
        NodeDetailsViewModel details = new NodeDetailsViewModel(new NodeDetailsRepository(db.dsl()), canWrite, executor);
        details.follow(tree.selectedProperty());

        WritingDeskViewModel desk = new WritingDeskViewModel(project.id(), tree, editor, revisions, tracker,
                writing.progress(), canWrite);
        store.tell(desk);
        ChapterHistoryRepository chapters = new ChapterHistoryRepository(db.dsl());
        ChapterComparisonViewModel chapterComparison = new ChapterComparisonViewModel(
                (nodeId, asOf) -> chapters.chapterSince(nodeId, asOf).sections(), clock);
        chapterComparison.follow(tree.selectedProperty());
        Node binder = new ManuscriptTreeView(tree);
        NodeReviewViewModel review = new NodeReviewViewModel(new ReviewRepository(db.dsl()), executor, clock, canWrite);
        tree.selectedProperty().addListener((obs, old, node) -> review.show(node == null ? null : node.id(),
                node == null ? null : node.titleProperty().get()));
        review.setOnOpen(openReview);
        review.setSaveFirst(() -> {
            java.util.concurrent.Callable<SaveStatus> save = editor.saveNow();
            return () -> save.call() == SaveStatus.SAVED;
        });
        desk.setOnHandOver(writing::handingOver);
        SectionEditorView editorView = new SectionEditorView(editor);
        CommentThreadsViewModel comments = new CommentThreadsViewModel(new CommentRepository(db.dsl()), executor, clock);
        DeskComments.follow(comments, tree, editorView);
        WritingDeskView view = new WritingDeskView(desk, binder, editorView, new NodeDetailsView(details),
                new RevisionsView(revisions, FormattedTextView::new), new ChapterComparisonBar(chapterComparison),
                new NodeReviewView(review), new CommentMarginView(comments));
        // an editor's decision or comment shows in the Review tab and the margin as it happens, and the
        // revisions a review keeps (submitted, approved) in the Revisions tab
        view.closeWith(session.database().listen(ReviewRepository.channel(session.organization().orgId()),
                Duration.ofMillis(100), () -> fx.execute(() -> {
                    review.refresh();
                    revisions.refresh();
                    comments.changed();
                })));
        Consumer<ComparisonRequest> compare = request -> comparisons.open(request, view);
        revisions.setOnCompare(compare);
        editor.conflict().setOnCompare(compare);
        chapterComparison.setOnCompare(compare);
        return view;
    }
}
