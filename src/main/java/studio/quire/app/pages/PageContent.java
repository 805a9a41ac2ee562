package studio.quire.app.pages;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;

import java.util.Objects;

/**
 * A built sidebar page and the count its sidebar item shows beside its name.
 *
 * @param badge "" for nothing to show, else e.g. "3" or "99+"
 */
public record PageContent(Node content, ObservableStringValue badge) {
    public PageContent {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(badge, "badge");
    }

    /** A page without a count. */
    public static PageContent of(Node content) {
        return new PageContent(content, Bindings.createStringBinding(() -> ""));
    }
}
