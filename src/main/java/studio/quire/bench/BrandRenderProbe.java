package studio.quire.bench;

import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import studio.quire.brand.BrandKit;
import studio.quire.brand.platform.PlatformSpec;
import studio.quire.brand.platform.PlatformSpecs;
import studio.quire.brand.render.PngExport;
import studio.quire.brand.render.PngMetadata;
import studio.quire.brand.render.Preview;
import studio.quire.brand.render.Rendering;
import studio.quire.brand.render.VariantRenderer;
import studio.quire.brand.template.SampleTemplates;
import studio.quire.brand.template.Template;
import studio.quire.brand.template.VariantContent;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Times, in a child JVM (headless Monocle, software pipeline, as {@link ChildStudio} starts it),
 * the consultant's two heavy moments: previewing one request at all seven platform sizes (render
 * each, lay out and draw the row of previews: {@code QUIRE_PREVIEW <ms>}) and exporting the
 * 1080×1920 story as a PNG (capture on the FX thread, encode off it: {@code QUIRE_EXPORT <ms>}).
 * Ends with {@code QUIRE_BRAND_DONE}.
 */
public final class BrandRenderProbe {
    static final String ROUNDS = "quire.brand.rounds";
    static final String PREVIEW = "QUIRE_PREVIEW ";
    static final String EXPORT = "QUIRE_EXPORT ";
    static final String DONE = "QUIRE_BRAND_DONE";

    private BrandRenderProbe() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger(ROUNDS, 20);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Template template = SampleTemplates.post();
        BrandKit kit = SampleTemplates.kit();
        VariantContent content = VariantContent.of(template, Map.of("title", "Crossing at dawn, every day this spring",
                "body", "Cross the harbour at dawn with the first ferry and watch the town wake up."), Map.of());
        List<PlatformSpec> specs = PlatformSpecs.load();
        Map<UUID, Image> images = Map.of(SampleTemplates.LOGO, block(400, 200, Color.web("#14213D")),
                SampleTemplates.PHOTO, block(1600, 1200, Color.web("#1A6FB0")));
        VariantRenderer renderer = new VariantRenderer(images::get);
        Stage[] stage = new Stage[1];
        onFx(() -> {
            stage[0] = new Stage();
            stage[0].setScene(new Scene(new Group(), 1400, 400));
            stage[0].show();
        });
        for (int round = 0; round < rounds; round++) {
            System.out.println(PREVIEW + previewAll(stage[0], renderer, template, kit, content, specs));
            System.out.println(EXPORT + exportStory(renderer, template, kit, content));
        }
        System.out.println(DONE);
        System.out.flush();
        Platform.exit();
        System.exit(0);
    }

    private static double previewAll(Stage stage, VariantRenderer renderer, Template template, BrandKit kit,
                                     VariantContent content, List<PlatformSpec> specs) throws InterruptedException {
        double[] millis = new double[1];
        onFx(() -> {
            long start = System.nanoTime();
            HBox row = new HBox(12);
            for (PlatformSpec spec : specs) {
                Rendering rendering = renderer.render(template, kit, content, spec.width(), spec.height());
                row.getChildren().add(new Preview(rendering, 180, 240, null));
            }
            stage.getScene().setRoot(row);
            row.applyCss();
            row.layout();
            row.snapshot(null, null); // draws the row once, as the screen would
            millis[0] = (System.nanoTime() - start) / 1e6;
        });
        return millis[0];
    }

    private static double exportStory(VariantRenderer renderer, Template template, BrandKit kit, VariantContent content)
            throws Exception {
        long start = System.nanoTime();
        CompletableFuture<byte[]> png = new CompletableFuture<>();
        Platform.runLater(() -> {
            Rendering rendering = renderer.render(template, kit, content, 1080, 1920);
            PngExport.export(rendering, PngMetadata.of(rendering.facts(), "instagram-story"),
                            java.util.concurrent.ForkJoinPool.commonPool())
                    .whenComplete((bytes, error) -> {
                        if (error != null) {
                            png.completeExceptionally(error);
                        } else {
                            png.complete(bytes);
                        }
                    });
        });
        byte[] bytes = png.get(60, TimeUnit.SECONDS);
        if (bytes.length < 1000) {
            throw new IllegalStateException("The story PNG came out empty");
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static Image block(int width, int height, Color colour) {
        WritableImage image = new WritableImage(width, height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.getPixelWriter().setColor(x, y, colour);
            }
        }
        return image;
    }

    private static void onFx(Runnable work) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        RuntimeException[] failure = new RuntimeException[1];
        Platform.runLater(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                failure[0] = e;
            } finally {
                done.countDown();
            }
        });
        if (!done.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The FX thread did not answer within a minute");
        }
        if (failure[0] != null) {
            throw failure[0];
        }
    }
}
