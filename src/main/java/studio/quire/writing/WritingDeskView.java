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
    /** The binder's and the inspector's first widths: titles readable, every inspector tab shown whole. */
    static final double BINDER_WIDTH = 270;
    static final double INSPECTOR_WIDTH = 300;
    static final double BINDER_MIN_WIDTH = 200;
    static final double INSPECTOR_MIN_WIDTH = 290;
    private static final KeyCombination FOCUS_KEY = studio.quire.ui.Shortcut.FOCUS_MODE.key();

    private final WritingDeskViewModel viewModel;
    private final SplitPane split = new SplitPane();
    private final Node binder;
    private final Node editor;
    private final TabPane inspector;
    private final Timeline minutes;
    /** The dividers' distances in pixels from the left and the right, kept across focus mode (the window's width changes meanwhile). */
    private double binderWidth = BINDER_WIDTH;
    private double inspectorWidth = INSPECTOR_WIDTH;
    private boolean placed;
    /** True from leaving focus mode until the kept widths are laid out again (the frames between show others). */
    private boolean restoring;
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
        placeDividersOnceWide();
        if (binder instanceof javafx.scene.layout.Region region) {
            region.setMinWidth(BINDER_MIN_WIDTH);
        }
        inspector.setMinWidth(INSPECTOR_MIN_WIDTH);
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
        // Esc leaves focus mode, unless something inside (the find bar) used it first.
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && viewModel.focusModeProperty().get()) {
                e.consume();
                viewModel.toggleFocusMode();
            }
        });
        minutes = new Timeline(new KeyFrame(Duration.minutes(1), e -> viewModel.minutePassed()));
        minutes.setCycleCount(Animation.INDEFINITE);
        minutes.play();
    }

    /** Whether only the editor shows (the studio then hides its own menu, sidebar and status bar too). */
    public javafx.beans.value.ObservableBooleanValue focusModeProperty() {
        return viewModel.focusModeProperty();
    }

    /**
     * The binder and the inspector get fixed first widths in pixels (a share of the width would
     * cut titles on a laptop and waste room on a large screen); the editor takes the rest. They
     * keep their widths when the window is resized, as the editor is what grows.
     */
    private void placeDividersOnceWide() {
        split.widthProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> obs, Number old, Number width) {
                if (width.doubleValue() <= 0 || placed) {
                    return;
                }
                split.widthProperty().removeListener(this);
                placed = true;
                placeDividers();
            }
        });
    }

    /** The dividers where the binder and the inspector get their kept widths at the desk's width now. */
    private void placeDividers() {
        double w = split.getWidth();
        if (w > 0 && split.getItems().size() == 3) {
            split.setDividerPositions(binderWidth / w, 1 - inspectorWidth / w);
        }
    }

    private static Tab tab(String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setClosable(false);
        return tab;
    }

    private void focus(boolean focus) {
        if (focus) {
            if (placed && !restoring && split.getItems().size() == 3) {
                // where the writer left the dividers, in pixels from either side
                double[] at = split.getDividerPositions();
                binderWidth = at[0] * split.getWidth();
                inspectorWidth = (1 - at[1]) * split.getWidth();
            }
            split.getItems().setAll(editor);
        } else {
            split.getItems().setAll(binder, editor, inspector);
            // The menu, sidebar and status bar come back in the same pulse: place the dividers once the desk has its
            // width again, and once more a layout later, as the split then still shifts them by the width it lost
            // since focus mode began (it remembers the width it had with the editor alone).
            if (placed && getScene() != null) {
                restoring = true;
                javafx.scene.Scene scene = getScene();
                studio.quire.ui.Pulses.afterNextLayout(scene, () -> {
                    placeDividers();
                    studio.quire.ui.Pulses.afterNextLayout(scene, () -> {
                        placeDividers();
                        studio.quire.ui.Pulses.afterNextLayout(scene, () -> restoring = false);
                    });
                });
            }
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
