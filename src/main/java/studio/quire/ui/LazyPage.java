package studio.quire.ui;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A page whose content is built the first time it is shown, so that a page a person never opens
 * in a session (People, Workflows, a review screen) costs no nodes, skins or styles. It starts
 * hidden; showing it ({@code setVisible(true)}) builds the content once.
 */
public final class LazyPage extends StackPane {
    private Supplier<? extends Node> build;

    public LazyPage(Supplier<? extends Node> build) {
        this.build = Objects.requireNonNull(build);
        setVisible(false);
        visibleProperty().addListener((obs, was, now) -> {
            if (now) {
                content();
            }
        });
    }

    /** The content, built now if it was not yet. */
    public Node content() {
        if (build != null) {
            Supplier<? extends Node> once = build;
            build = null;
            getChildren().setAll(once.get());
        }
        return getChildren().get(0);
    }

    /** Whether the content exists yet. */
    public boolean isBuilt() {
        return build == null;
    }
}
