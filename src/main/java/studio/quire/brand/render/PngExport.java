package studio.quire.brand.render;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * A rendering as a PNG at its true pixel size, with where it came from in its metadata. Two steps,
 * because JavaFX draws only on its own thread and encoding is the heavy part: {@link #capture}
 * on the FX thread, {@link #encode} on a background thread; {@link #export} does both in turn.
 * Overlays a preview draws (safe zones) are outside the rendering's pane and never exported.
 */
public final class PngExport {
    private PngExport() {
    }

    /** The rendering's pixels at scale 1. Runs on the FX thread only. */
    public static CapturedPixels capture(Rendering rendering) {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("A rendering's pixels can only be taken on the JavaFX application thread");
        }
        Pane pane = rendering.pane();
        int width = rendering.width();
        int height = rendering.height();
        if (pane.getScene() == null) {
            // A pane outside any scene gets no CSS and no layout pass; a scene of its own gives it both.
            new Scene(new Group(pane));
        }
        pane.applyCss();
        pane.layout();
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.TRANSPARENT);
        Bounds at = pane.getBoundsInParent();
        parameters.setViewport(new Rectangle2D(at.getMinX(), at.getMinY(), width, height));
        WritableImage image = pane.snapshot(parameters, new WritableImage(width, height));
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return new CapturedPixels(width, height, argb);
    }

    /** The pixels as PNG bytes carrying the metadata. Runs on any thread; best off the FX thread. */
    public static byte[] encode(CapturedPixels pixels, PngMetadata metadata) {
        return PngWriter.write(pixels.width(), pixels.height(), pixels.array(), metadata.asText());
    }

    /**
     * Takes the pixels on the FX thread, then encodes them on {@code background}. Callable from any
     * thread; the rendering must not change until the future completes.
     */
    public static CompletableFuture<byte[]> export(Rendering rendering, PngMetadata metadata, Executor background) {
        CompletableFuture<CapturedPixels> captured = new CompletableFuture<>();
        Runnable take = () -> {
            try {
                captured.complete(capture(rendering));
            } catch (RuntimeException e) {
                captured.completeExceptionally(e);
            }
        };
        if (Platform.isFxApplicationThread()) {
            take.run();
        } else {
            Platform.runLater(take);
        }
        return captured.thenApplyAsync(pixels -> encode(pixels, metadata), background);
    }
}
