package studio.quire.brand.render;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.quire.brand.template.SampleTemplates;
import studio.quire.brand.template.Template;
import studio.quire.brand.template.VariantContent;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A variant exported as a PNG of its true size that says where it came from. */
class PngExportTest {
    private final Template post = SampleTemplates.post();

    @BeforeAll
    static void toolkit() {
        FxThread.start();
    }

    private Rendering story() {
        var logo = FxThread.call(() -> FxThread.flat(100, 100, Color.BLACK));
        VariantRenderer renderer = new VariantRenderer(id -> id.equals(SampleTemplates.LOGO) ? logo : null);
        return FxThread.call(() -> renderer.render(post, SampleTemplates.kit(),
                VariantContent.of(post, Map.of("title", "Dawn crossings"), Map.of()), 1080, 1920));
    }

    @Test
    void export_writesAPngOfExactly1080By1920_carryingTemplateVersionAndContentHash() throws Exception {
        Rendering story = story();
        PngMetadata metadata = PngMetadata.of(story.facts(), "Instagram story 1080×1920");
        ExecutorService background = Executors.newSingleThreadExecutor();
        byte[] png;
        try {
            png = PngExport.export(story, metadata, background).get(30, TimeUnit.SECONDS);
        } finally {
            background.shutdown();
        }

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(1080);
        assertThat(image.getHeight()).isEqualTo(1920);
        assertThat(PngMetadata.read(png)).isEqualTo(new PngMetadata(SampleTemplates.TEMPLATE, 3,
                story.facts().contentHash(), "Instagram story 1080×1920"));
        assertThat(PngMetadata.readText(png)).containsEntry("quire:template-id", SampleTemplates.TEMPLATE.toString())
                .containsEntry("quire:template-version", "3")
                .containsEntry("quire:content-hash", story.facts().contentHash());
        assertThat(image.getRGB(0, 0) & 0xFFFFFF).as("the Sea band at the top").isEqualTo(0x1A6FB0);
        assertThat(image.getRGB(1079, 1919) & 0xFFFFFF).as("the Sand canvas at the bottom").isEqualTo(0xF4EBD9);
    }

    @Test
    void capture_refusesToRunOffTheFxThread() {
        Rendering story = story();

        assertThatThrownBy(() -> PngExport.capture(story)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("JavaFX application thread");
    }

    @Test
    void write_encodesEveryPixelExactly_withAndWithoutTransparency() throws IOException {
        Random random = new Random(12);
        int[] translucent = random.ints(37 * 23).toArray();
        int[] opaque = random.ints(37 * 23).map(p -> p | 0xFF000000).toArray();

        for (int[] pixels : new int[][] {translucent, opaque}) {
            byte[] png = PngWriter.write(37, 23, pixels, Map.of("quire:platform", "X 1600×900 — ünïcödé ✓"));
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            for (int y = 0; y < 23; y++) {
                for (int x = 0; x < 37; x++) {
                    assertThat(image.getRGB(x, y)).as("(%d, %d)", x, y).isEqualTo(pixels[y * 37 + x]);
                }
            }
            assertThat(PngMetadata.readText(png)).containsEntry("quire:platform", "X 1600×900 — ünïcödé ✓");
        }
    }

    @Test
    void readText_refusesADamagedPng_andOneThatIsNotAPng() {
        byte[] png = PngWriter.write(2, 2, new int[] {-1, -1, -1, -1}, Map.of("quire:platform", "X"));
        png[40] ^= 0x55;

        assertThatThrownBy(() -> PngMetadata.readText(png)).hasMessageContaining("damaged");
        assertThatThrownBy(() -> PngMetadata.readText(new byte[] {1, 2, 3})).hasMessage("This file is not a PNG");
        byte[] plain = PngWriter.write(2, 2, new int[] {-1, -1, -1, -1}, Map.of());
        assertThatThrownBy(() -> PngMetadata.read(plain)).hasMessageContaining("not exported by Quire");
    }
}
