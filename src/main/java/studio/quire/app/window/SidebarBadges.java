package studio.quire.app.window;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Count badges on sidebar items: a pill at the item's right end, shown only while it has text. */
final class SidebarBadges {
    private SidebarBadges() {
    }

    static Label badge(String id) {
        Label badge = new Label();
        badge.setId(id);
        badge.getStyleClass().add("sidebar-badge");
        badge.setMouseTransparent(true);
        badge.visibleProperty().bind(badge.textProperty().isNotEmpty());
        return badge;
    }

    /** Puts {@code badge} over the right end of {@code item}, where the item sits in {@code sidebar}. */
    static void attach(VBox sidebar, ToggleButton item, Label badge) {
        int at = sidebar.getChildren().indexOf(item);
        StackPane holder = new StackPane(item, badge);
        StackPane.setAlignment(badge, Pos.CENTER_RIGHT);
        StackPane.setMargin(badge, new Insets(0, 8, 0, 0));
        holder.visibleProperty().bind(item.visibleProperty());
        holder.managedProperty().bind(item.managedProperty());
        sidebar.getChildren().add(at, holder);
    }
}
