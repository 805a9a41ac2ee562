package studio.quire.app;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;
import studio.quire.compare.ComparisonHtml;
import studio.quire.compare.ComparisonRequest;
import studio.quire.compare.view.ComparisonViewModel;
import studio.quire.compare.view.ComparisonWindow;
import studio.quire.ui.TaskExecutor;

import java.util.List;

/**
 * Opens comparison windows for the writing desk (history, conflicts, chapters), owned by the window
 * the desk is in and styled like it.
 */
final class ComparisonWindows {
    private final TaskExecutor executor;

    ComparisonWindows(TaskExecutor executor) {
        this.executor = executor;
    }

    /** Opens a window for {@code request}, owned by the window {@code near} is shown in. */
    void open(ComparisonRequest request, Node near) {
        Scene scene = near.getScene();
        Window owner = scene == null ? null : scene.getWindow();
        List<String> stylesheets = scene == null ? List.of() : List.copyOf(scene.getStylesheets());
        ComparisonWindow.show(owner, new ComparisonViewModel(request, ComparisonHtml::render, executor), stylesheets);
    }
}
