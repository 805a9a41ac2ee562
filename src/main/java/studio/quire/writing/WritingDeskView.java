package studio.quire.writing;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.util.Duration;
import studio.quire.editor.revision.RevisionsView;

/**
 * The writing desk of a project: the binder on the left, the editor in the middle, and an
 * inspector with the selected node's details and the open section's revisions on the right; the
 * comments on the open section run in a margin beside the editor.
 * Focus mode leaves only the editor; Ctrl+Shift+S keeps a named revision from anywhere on the desk.
 */
public final class WritingDeskView extends BorderPane implements AutoCloseable {
    private static final double[] DIVIDERS = {0.22, 0.74};
    private static final KeyCombination FOCUS_KEY = new KeyCodeCombination(KeyCode.F11);

    private final WritingDeskViewModel viewModel;
    private final SplitPane split = new SplitPane();
    private final Node binder;
    private final Node editor;
    private final TabPane inspector;
    private final Timeline minutes;
    private double[] dividers = DIVIDERS.clone();
    private final java.util.List<AutoCloseable> closeWith = new java.util.ArrayList<>();

    /**
     * @param chapterComparison shown under the revisions when the binder's selection is a chapter,
     *                          part or book
     * @param review            the selected node's review: where its request stands, submitting it
     * @param margin            beside the editor: the comments on the open section (hidden in focus mode)
     */
    public WritingDeskView(WritingDeskViewModel viewModel, Node binder, Node editor, Node details, RevisionsView revisions,
                           ChapterComparisonBar chapterComparison, Node review, Node margin) {
        this.viewModel = viewModel;
        this.binder = binder;
        margin.visibleProperty().bind(viewModel.focusModeProperty().not());
        margin.managedProperty().bind(margin.visibleProperty());
        this.editor = new BorderPane(editor, null, margin, null, null);
        this.inspector = new TabPane(tab("Details", details),
                tab("Revisions", new BorderPane(revisions, null, null, chapterComparison, null)), tab("Review", review));
        getStylesheets().add(WritingDeskView.class.getResource("/studio/quire/writing/writing.css").toExternalForm());
        getStyleClass().add("writing-desk");
        inspector.getStyleClass().add("writing-inspector");
        split.setOrientation(Orientation.HORIZONTAL);
        split.getItems().setAll(binder, this.editor, inspector);
        split.setDividerPositions(dividers);
        if (binder instanceof javafx.scene.layout.Region region) {
            region.setMinWidth(200);
        }
        inspector.setMinWidth(250);
        SplitPane.setResizableWithParent(binder, false);
        SplitPane.setResizableWithParent(inspector, false);
        setCenter(split);
        viewModel.focusModeProperty().addListener((obs, was, focus) -> focus(focus));
        // Desk-wide keys, wherever the focus is (binder, editor or inspector).
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (RevisionsView.NAMED_REVISION_KEY.match(e)) {
                e.consume();
                revisions.askForNamedRevision();
            } else if (FOCUS_KEY.match(e)) {
                e.consume();
                viewModel.toggleFocusMode();
            }
        });
        minutes = new Timeline(new KeyFrame(Duration.minutes(1), e -> viewModel.minutePassed()));
        minutes.setCycleCount(Animation.INDEFINITE);
        minutes.play();
    }

    private static Tab tab(String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setClosable(false);
        return tab;
    }

    private void focus(boolean focus) {
        if (focus) {
            dividers = split.getDividerPositions();
            split.getItems().setAll(editor);
        } else {
            split.getItems().setAll(binder, editor, inspector);
            split.setDividerPositions(dividers);
        }
    }

    /** The page goes away: the writing session ends and the editor hands over its last edits. */
    @Override
    public void close() {
        minutes.stop();
        viewModel.close();
        for (AutoCloseable resource : closeWith) {
            try {
                resource.close();
            } catch (Exception e) {
                org.slf4j.LoggerFactory.getLogger(WritingDeskView.class).warn("Closing {} failed", resource, e);
            }
        }
    }

    /** Something that lives as long as this desk (a listener for its live updates): closed with it. */
    public void closeWith(AutoCloseable resource) {
        closeWith.add(resource);
    }
}
