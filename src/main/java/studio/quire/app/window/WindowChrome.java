package studio.quire.app.window;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import studio.quire.writing.WritingDeskView;

import java.util.List;

/**
 * The window's chrome (menu bar, sidebar, status bar): hidden while the writing desk is shown in
 * focus mode, so that only the editor is on the screen; back as soon as focus mode ends or another
 * page is shown.
 */
final class WindowChrome {
    private final BooleanProperty deskInFocus = new SimpleBooleanProperty(false);

    /** @param deskShown true while the page of the open project (the writing desk) is the one shown */
    WindowChrome(ObservableBooleanValue deskShown, List<Node> chrome) {
        BooleanBinding shown = deskInFocus.and(deskShown).not();
        for (Node node : chrome) {
            node.visibleProperty().bind(shown);
            node.managedProperty().bind(shown);
        }
    }

    /** Follows the focus mode of {@code manuscriptPage} (the open writing desk), or of none when it is null. */
    void follow(Node manuscriptPage) {
        deskInFocus.unbind();
        deskInFocus.set(false);
        if (manuscriptPage instanceof WritingDeskView desk) {
            deskInFocus.bind(desk.focusModeProperty());
        }
    }
}
