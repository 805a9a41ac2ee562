package studio.quire.app.window;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;

import java.util.Objects;

/**
 * A feature page and the count its sidebar item shows beside its name.
 *
 * @param badge "" for nothing to show, else e.g. "3" or "99+"
 */
public record SidebarPage(Node content, ObservableStringValue badge) {
    public SidebarPage {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(badge, "badge");
    }
}
