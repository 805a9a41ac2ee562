package studio.quire.brand.render;

import javafx.scene.layout.Pane;

import java.util.Objects;

/**
 * One variant drawn at one platform size: the pane (exactly {@code facts.width()} ×
 * {@code facts.height()} pixels, clipped there) and the facts of what it holds. Previews show this
 * pane scaled; the PNG is taken from the same pane at scale 1, so what is previewed is what is exported.
 */
public final class Rendering {
    private final Pane pane;
    private final RenderFacts facts;

    Rendering(Pane pane, RenderFacts facts) {
        this.pane = Objects.requireNonNull(pane, "pane");
        this.facts = Objects.requireNonNull(facts, "facts");
    }

    public Pane pane() {
        return pane;
    }

    public RenderFacts facts() {
        return facts;
    }

    public int width() {
        return facts.width();
    }

    public int height() {
        return facts.height();
    }
}
