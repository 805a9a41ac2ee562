package studio.quire.brand.render;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.quire.brand.template.SampleTemplates;
import studio.quire.brand.template.Template;
import studio.quire.brand.template.VariantContent;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The preview shows the export's own pane, scaled; its safe zone never reaches the PNG. */
class PreviewTest {
    private final Template post = SampleTemplates.post();

    @BeforeAll
    static void toolkit() {
        FxThread.start();
    }

    @Test
    void preview_fitsTheBox_keepingTheCanvasProportions() {
        VariantRenderer renderer = new VariantRenderer(id -> null);
        Preview preview = FxThread.call(() -> new Preview(renderer.render(post, SampleTemplates.kit(),
                VariantContent.of(post, Map.of("title", "Dawn"), Map.of()), 1080, 1920), 300, 300, null));

        assertThat(preview.scale()).isEqualTo(300 / 1920.0);
        assertThat(preview.getPrefWidth()).isEqualTo(1080 * 300 / 1920.0);
        assertThat(preview.getPrefHeight()).isEqualTo(300);
    }

    @Test
    void capture_takesThePaneAtScaleOne_withoutTheSafeZone_whileItIsPreviewed() {
        VariantRenderer renderer = new VariantRenderer(id -> null);
        int[] differing = FxThread.call(() -> {
            VariantContent content = VariantContent.of(post, Map.of("title", "Dawn"), Map.of());
            Rendering alone = renderer.render(post, SampleTemplates.kit(), content, 1080, 1920);
            Rendering shown = renderer.render(post, SampleTemplates.kit(), content, 1080, 1920);
            Preview preview = new Preview(shown, 270, 480, new Insets(250, 60, 340, 60));
            new Scene(new StackPane(preview), 400, 600, Color.DIMGRAY);
            preview.applyCss();
            preview.layout();
            CapturedPixels a = PngExport.capture(alone);
            CapturedPixels b = PngExport.capture(shown);
            int count = 0;
            for (int y = 0; y < 1920; y += 3) {
                for (int x = 0; x < 1080; x += 3) {
                    count += a.argb(x, y) == b.argb(x, y) ? 0 : 1;
                }
            }
            return new int[] {count, b.width(), b.height()};
        });

        assertThat(differing).containsExactly(0, 1080, 1920);
    }
}
