package studio.quire.brand.render;

import javafx.geometry.Insets;
import javafx.scene.Group;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;

import java.util.List;

/**
 * A rendering shown scaled to fit a box on screen, with the platform's safe zone drawn over it
 * when asked. The overlay sits beside the rendering's pane, not in it, so it is never exported;
 * the pane itself is not scaled (its parent group is), so {@link PngExport} still takes it at scale 1.
 */
public final class Preview extends Region {
    private static final String STYLESHEET = "preview.css";
    private final Rendering rendering;
    private final double scale;

    /**
     * @param safeZone the insets, in the rendering's own pixels, that the platform covers with its
     *                 own controls (a story's top and bottom); null to draw no safe zone
     */
    public Preview(Rendering rendering, double boxWidth, double boxHeight, Insets safeZone) {
        this.rendering = rendering;
        int w = rendering.width();
        int h = rendering.height();
        scale = Math.min(boxWidth / w, boxHeight / h);
        getStyleClass().add("variant-preview");
        getStylesheets().add(Preview.class.getResource(STYLESHEET).toExternalForm());
        Group content = new Group(rendering.pane());
        if (safeZone != null) {
            content.getChildren().add(safeZone(w, h, safeZone));
        }
        content.getTransforms().add(new Scale(scale, scale, 0, 0));
        getChildren().add(content);
        setMinSize(w * scale, h * scale);
        setPrefSize(w * scale, h * scale);
        setMaxSize(w * scale, h * scale);
    }

    public Rendering rendering() {
        return rendering;
    }

    /** On-screen pixels per pixel of the rendering. */
    public double scale() {
        return scale;
    }

    private Group safeZone(int w, int h, Insets zone) {
        double top = zone.getTop();
        double bottom = zone.getBottom();
        double left = zone.getLeft();
        double right = zone.getRight();
        List<Rectangle> shades = List.of(
                new Rectangle(0, 0, w, top),
                new Rectangle(0, h - bottom, w, bottom),
                new Rectangle(0, top, left, h - top - bottom),
                new Rectangle(w - right, top, right, h - top - bottom));
        Group overlay = new Group();
        overlay.getStyleClass().add("safe-zone");
        for (Rectangle shade : shades) {
            shade.getStyleClass().add("safe-zone-shade");
            overlay.getChildren().add(shade);
        }
        Rectangle edge = new Rectangle(left, top, Math.max(0, w - left - right), Math.max(0, h - top - bottom));
        edge.getStyleClass().add("safe-zone-edge");
        // The edge stays one screen pixel wide whatever the preview's scale.
        edge.setStrokeWidth(1.5 / scale);
        overlay.getChildren().add(edge);
        overlay.setMouseTransparent(true);
        return overlay;
    }
}
