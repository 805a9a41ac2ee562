package studio.quire.app.window;

import atlantafx.base.theme.Styles;
import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Optional;

/**
 * The status bar: where the data is, who is signed in, what the session adds (writing progress),
 * and at the right end one sentence, coloured as a problem or as good news.
 */
final class StatusBarView extends HBox {
    private final Label connection = label("connectionStatus", "status-item");
    private final Label person = label("personStatus", "status-item");
    private Node sessionItem;

    StatusBarView(StatusBarViewModel viewModel) {
        setId("statusBar");
        getStyleClass().add("status-bar");
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label notice = label("noticeStatus", "status-notice");
        getChildren().setAll(connection, person, spacer, notice);
        connection.textProperty().bind(viewModel.statusTextProperty());
        person.textProperty().bind(viewModel.personLabelProperty());
        person.visibleProperty().bind(viewModel.signedInProperty());
        notice.textProperty().bind(viewModel.noticeTextProperty());
        // Good news (text recovered after a crash) is not shown like a failure.
        InvalidationListener tone = obs -> {
            notice.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
            notice.getStyleClass().add(viewModel.goodNewsProperty().get() ? Styles.SUCCESS : Styles.DANGER);
        };
        viewModel.goodNewsProperty().addListener(tone);
        tone.invalidated(null);
    }

    private static Label label(String id, String styleClass) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(styleClass);
        return label;
    }

    /** Icons come a frame after the window (the icon font is slow to load). */
    void addIcons() {
        connection.setGraphic(new FontIcon(Feather.DATABASE));
        person.setGraphic(new FontIcon(Feather.USER));
    }

    /** Shows what the session adds beside the person (writing progress), instead of the last session's. */
    void showSessionItem(Optional<Node> item) {
        if (sessionItem != null) {
            getChildren().remove(sessionItem);
            sessionItem = null;
        }
        item.ifPresent(node -> {
            sessionItem = node;
            getChildren().add(2, node);
        });
    }
}
