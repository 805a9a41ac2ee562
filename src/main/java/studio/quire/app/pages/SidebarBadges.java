package studio.quire.app.pages;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.StackPane;

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

    /** {@code item} with {@code badge} over its right end, to put in the sidebar where the item goes. */
    static StackPane holder(ToggleButton item, Label badge) {
        StackPane holder = new StackPane(item, badge);
        StackPane.setAlignment(badge, Pos.CENTER_RIGHT);
        StackPane.setMargin(badge, new Insets(0, 8, 0, 0));
        holder.visibleProperty().bind(item.visibleProperty());
        holder.managedProperty().bind(item.managedProperty());
        return holder;
    }
}
