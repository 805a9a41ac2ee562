package studio.quire.brand.render;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.quire.brand.template.Constraints;
import studio.quire.brand.template.Frame;
import studio.quire.brand.template.Layer;
import studio.quire.brand.template.SampleTemplates;
import studio.quire.brand.template.Template;
import studio.quire.brand.template.TextAlign;
import studio.quire.brand.template.TextSlot;
import studio.quire.brand.template.VariantContent;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small fixed template drawn by the software pipeline and compared, pixel by pixel, with the
 * picture committed beside this test. To draw the golden picture again after a deliberate change,
 * run this test with {@code -Dquire.golden.write=true}, look at the picture, and commit it.
 */
class GoldenImageTest {
    private static final String GOLDEN = "golden-card-200x120.png";
    /** The most any channel of any pixel may differ (anti-aliasing may move by a step or two). */
    private static final int TOLERANCE = 6;

    @BeforeAll
    static void toolkit() {
        FxThread.start();
    }

    static Template card() {
        Layer block = Layer.shape("block", "Block", new Frame(0, 0, 60, 120), "Sea");
        Layer bar = Layer.shape("bar", "Bar", new Frame(70, 96, 120, 12), "Ink");
        Layer word = Layer.text("word", "Word", new Frame(70, 16, 120, 60), new TextSlot("Quire", 20, 12, 40, true), "Ink",
                "Heading").withAlign(TextAlign.CENTER).withConstraints(Constraints.SCALE);
        return new Template(UUID.fromString("00000000-0000-0000-0000-0000000000d4"), "Golden card", 1, 200, 120, "Sand",
                List.of(block, bar, word));
    }

    @Test
    void render_drawsTheFixedCard_asTheGoldenPicture() throws IOException {
        Template card = card();
        VariantRenderer renderer = new VariantRenderer(id -> null);
        CapturedPixels pixels = FxThread.call(() -> PngExport.capture(renderer.render(card, SampleTemplates.kit(),
                VariantContent.empty(card), 200, 120)));
        byte[] png = PngExport.encode(pixels, new PngMetadata(card.id(), card.version(), VariantContent.empty(card).contentHash(),
                "golden 200×120"));

        if (Boolean.getBoolean("quire.golden.write")) {
            Path file = Path.of("src/test/resources/studio/quire/brand/render", GOLDEN);
            Files.createDirectories(file.getParent());
            Files.write(file, png);
        }
        BufferedImage golden;
        try (InputStream in = GoldenImageTest.class.getResourceAsStream(GOLDEN)) {
            assertThat(in).as("the golden picture " + GOLDEN).isNotNull();
            golden = ImageIO.read(in);
        }
        BufferedImage drawn = ImageIO.read(new ByteArrayInputStream(png));

        assertThat(drawn.getWidth()).isEqualTo(golden.getWidth()).isEqualTo(200);
        assertThat(drawn.getHeight()).isEqualTo(golden.getHeight()).isEqualTo(120);
        int worst = 0;
        String where = "";
        for (int y = 0; y < 120; y++) {
            for (int x = 0; x < 200; x++) {
                int d = difference(drawn.getRGB(x, y), golden.getRGB(x, y));
                if (d > worst) {
                    worst = d;
                    where = "(" + x + ", " + y + ")";
                }
            }
        }
        assertThat(worst).as("largest channel difference, at %s", where).isLessThanOrEqualTo(TOLERANCE);
        assertThat(drawn.getRGB(30, 60) & 0xFFFFFF).as("the Sea block").isEqualTo(0x1A6FB0);
        assertThat(drawn.getRGB(130, 102) & 0xFFFFFF).as("the Ink bar").isEqualTo(0x14213D);
        assertThat(drawn.getRGB(195, 60) & 0xFFFFFF).as("the Sand canvas").isEqualTo(0xF4EBD9);
    }

    private static int difference(int a, int b) {
        int worst = 0;
        for (int shift = 0; shift <= 24; shift += 8) {
            worst = Math.max(worst, Math.abs(((a >>> shift) & 0xFF) - ((b >>> shift) & 0xFF)));
        }
        return worst;
    }
}
