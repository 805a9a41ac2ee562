package studio.quire.brand.variants;

import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import studio.quire.brand.BrandKit;
import studio.quire.brand.fill.SectionSnippets;
import studio.quire.brand.platform.PlatformSpecs;
import studio.quire.brand.render.RenderFacts;
import studio.quire.brand.render.VariantRenderer;
import studio.quire.brand.template.SampleTemplates;
import studio.quire.brand.template.Template;
import studio.quire.brand.template.VariantContent;
import studio.quire.ui.SameThreadTaskExecutor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The variants page's decisions: scores and findings per placement, file names, export through a temporary file. */
class VariantsViewModelTest {
    private final Template post = SampleTemplates.post();
    private final BrandKit kit = SampleTemplates.kit();
    private final VariantContent content = VariantFill.of(post,
            SectionSnippets.of("Dawn crossings", "The first ferry leaves the quay at six. Coffee is on board."));

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private RenderFacts render(int width, int height) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Image logo = new WritableImage(100, 50);
            Image photo = flat();
            VariantRenderer renderer = new VariantRenderer(id -> id.equals(SampleTemplates.LOGO) ? logo
                    : id.equals(SampleTemplates.PHOTO) ? photo : null);
            return renderer.render(post, kit, content, width, height).facts();
        }).get(30, TimeUnit.SECONDS);
    }

    private static Image flat() {
        WritableImage image = new WritableImage(40, 30);
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 40; x++) {
                image.getPixelWriter().setColor(x, y, Color.GRAY);
            }
        }
        return image;
    }

    private VariantsViewModel rendered() throws Exception {
        VariantsViewModel model = new VariantsViewModel(kit, post, content, PlatformSpecs.load(),
                new SameThreadTaskExecutor());
        for (VariantRow row : model.rows()) {
            model.rendered(row.platformId(), render(row.spec().width(), row.spec().height()));
        }
        return model;
    }

    @Test
    void of_fillsTheTemplatesSectionSlotsFromTheSection_andKeepsItsOwnTexts() {
        assertThat(content.slotTexts()).containsEntry("title", "Dawn crossings").doesNotContainKey("body");
        assertThat(content.isFor(post)).isTrue();
    }

    @Test
    void rendered_givesEachOfTheSevenPlacementsANameAScoreAndItsFindingsInWords() throws Exception {
        VariantsViewModel model = rendered();

        assertThat(model.rows()).hasSize(7);
        VariantRow story = model.row("instagram-story").orElseThrow();
        assertThat(story.name()).isEqualTo("Instagram story or reel · 1080 × 1920");
        for (VariantRow row : model.rows()) {
            assertThat(row.scoreProperty().get()).as(row.name()).matches("\\d+ of \\d+ checks · \\d+ %");
            assertThat(row.findingsLinkProperty().get()).as(row.name()).matches("No findings|1 finding|\\d+ findings");
        }
        assertThat(model.rows().stream().flatMap(r -> r.findings().stream()))
                .as("every finding starts with how much it matters")
                .allMatch(line -> line.startsWith("Error · ") || line.startsWith("Warning · ") || line.startsWith("Drawing · "));
    }

    @Test
    void scoreText_saysChecksPassedOfRunAndThePercentage() {
        var report = new studio.quire.brand.compliance.ComplianceReport(List.of(), 36, 31);

        assertThat(VariantRow.scoreText(report)).isEqualTo("31 of 36 checks · 86 %");
    }

    @Test
    void exportAll_writesOnePngPerPlacementNamedAfterTemplateAndPlacement_withNoTemporaryFileLeft(@TempDir Path folder)
            throws Exception {
        VariantsViewModel model = rendered();
        model.setCapture(id -> metadata -> (metadata.platform() + "|" + metadata.contentHash())
                .getBytes(StandardCharsets.UTF_8));

        model.exportAll(folder);

        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(
                    "square-post-facebook-link.png", "square-post-instagram-portrait.png",
                    "square-post-instagram-square.png", "square-post-instagram-story.png",
                    "square-post-linkedin-landscape.png", "square-post-pinterest-pin.png", "square-post-x-landscape.png");
        }
        assertThat(Files.readString(folder.resolve("square-post-instagram-story.png")))
                .isEqualTo("Instagram story or reel · 1080 × 1920|" + content.contentHash());
        assertThat(model.messageProperty().get()).isEqualTo("Saved 7 PNGs in " + folder);
        assertThat(model.rows()).noneMatch(row -> row.exportingProperty().get());
    }

    @Test
    void export_intoAFolderThatIsNotThere_saysWhichFileAndWhatToDo(@TempDir Path folder) throws Exception {
        VariantsViewModel model = rendered();
        model.setCapture(id -> metadata -> new byte[] {1});
        VariantRow story = model.row("instagram-story").orElseThrow();

        model.export(story, folder.resolve("gone"));

        assertThat(model.messageProperty().get()).startsWith("Could not save square-post-instagram-story.png in ")
                .endsWith("choose a folder you can write to, with room to spare");
        assertThat(story.exportingProperty().get()).isFalse();
    }

    @Test
    void export_beforeTheVariantIsDrawn_asksToWaitForItsPreview(@TempDir Path folder) {
        VariantsViewModel model = new VariantsViewModel(kit, post, content, PlatformSpecs.load(),
                new SameThreadTaskExecutor());

        model.exportAll(folder);

        assertThat(model.messageProperty().get()).isEqualTo(
                "Instagram post, square · 1080 × 1080 is not drawn yet: wait for its preview, then export again");
    }
}
