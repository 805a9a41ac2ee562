package studio.quire.brand.variants;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.quire.brand.fill.SectionSnippets;
import studio.quire.brand.platform.PlatformSpecs;
import studio.quire.brand.render.PngMetadata;
import studio.quire.brand.render.Preview;
import studio.quire.brand.template.SampleTemplates;
import studio.quire.brand.template.Template;
import studio.quire.testsupport.FxTests;
import studio.quire.ui.FxTaskExecutor;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static studio.quire.testsupport.FxTests.waitUntil;

/** The variants page as a consultant uses it: seven previews, one variant's findings, all exported. */
@ExtendWith(ApplicationExtension.class)
class VariantsViewTest {
    @TempDir
    static Path folder;
    private FxTaskExecutor executor;
    private VariantsViewModel viewModel;

    static Image flat(int w, int h, Color colour) {
        WritableImage image = new WritableImage(w, h);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.getPixelWriter().setColor(x, y, colour);
            }
        }
        return image;
    }

    /** The sample kit and post, filled from a section. */
    static VariantsViewModel model(FxTaskExecutor executor) {
        Template post = SampleTemplates.post();
        return new VariantsViewModel(SampleTemplates.kit(), post,
                VariantFill.of(post, SectionSnippets.of("Dawn crossings", "The first ferry leaves at six.")),
                PlatformSpecs.load(), executor);
    }

    /** The page of this model; every export goes to {@code folder}. */
    static VariantsView page(VariantsViewModel model, Path folder) {
        Image logo = flat(200, 100, Color.web("#14213D"));
        Image photo = flat(160, 120, Color.web("#7A8B99"));
        return new VariantsView(model, id -> id.equals(SampleTemplates.LOGO) ? logo
                : id.equals(SampleTemplates.PHOTO) ? photo : null, (owner, title) -> Optional.of(folder));
    }

    @Start
    void start(Stage stage) {
        executor = new FxTaskExecutor(Platform::runLater, 2);
        viewModel = model(executor);
        FxTests.show(stage, page(viewModel, folder)); // 1000 × 640: larger than Monocle's headless screen overflows its buffer
    }

    @AfterEach
    void close() {
        executor.close();
    }

    @Test
    void page_showsSevenPreviewsInTrueProportions_theStoryWithItsSafeZone(FxRobot robot) {
        waitUntil(() -> viewModel.rows().stream().noneMatch(r -> r.scoreProperty().get().equals(VariantRow.CHECKING)));

        assertThat(robot.lookup(".variant-preview").queryAll()).hasSize(7);
        Preview story = robot.lookup("#preview-instagram-story").queryAs(Preview.class);
        assertThat(story.getHeight()).isCloseTo(VariantsView.PREVIEW_HEIGHT, org.assertj.core.data.Offset.offset(0.5));
        assertThat(story.getWidth() / story.getHeight()).isCloseTo(1080.0 / 1920, org.assertj.core.data.Offset.offset(0.01));
        assertThat(robot.from(story).lookup(".safe-zone-edge").queryAll()).hasSize(1);
        Label score = robot.lookup("#score-instagram-story").queryAs(Label.class);
        assertThat(score.getText()).matches("\\d+ of \\d+ checks · \\d+ %");
        assertThat(robot.lookup("#export-instagram-story").queryButton().getTooltip().getText())
                .contains("Instagram story or reel · 1080 × 1920");
    }

    @Test
    void findingsLink_showsThatVariantsFindingsBelow_withWhereAndWhy(FxRobot robot) {
        waitUntil(() -> viewModel.rows().stream().noneMatch(r -> r.scoreProperty().get().equals(VariantRow.CHECKING)));
        VariantRow withFindings = viewModel.rows().stream().filter(r -> !r.findings().isEmpty()).findFirst().orElseThrow();
        Hyperlink link = robot.lookup("#findings-" + withFindings.platformId()).queryAs(Hyperlink.class);

        robot.interact(link::fire);

        assertThat(robot.lookup("#findingsTitle").queryAs(Label.class).getText())
                .isEqualTo("Findings · " + withFindings.name());
        VBox list = robot.lookup("#findingsList").queryAs(VBox.class);
        assertThat(list.getChildren()).hasSize(withFindings.findings().size());
        assertThat(((Label) list.getChildren().get(0)).getText()).isEqualTo(withFindings.findings().get(0));
    }

    @Test
    void exportAll_savesSevenPngsAtTruePixelSizeWithQuiresMetadata(FxRobot robot) throws Exception {
        waitUntil(() -> viewModel.rows().stream().noneMatch(r -> r.scoreProperty().get().equals(VariantRow.CHECKING)));

        robot.clickOn("#exportAllButton");
        waitUntil(() -> robot.lookup("#messageLabel").queryAs(Label.class).getText().startsWith("Saved 7 PNGs"));

        for (VariantRow row : viewModel.rows()) {
            byte[] png = Files.readAllBytes(folder.resolve(viewModel.fileName(row)));
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(image.getWidth()).as(row.name()).isEqualTo(row.spec().width());
            assertThat(image.getHeight()).as(row.name()).isEqualTo(row.spec().height());
            PngMetadata metadata = PngMetadata.read(png);
            assertThat(metadata.templateId()).isEqualTo(SampleTemplates.TEMPLATE);
            assertThat(metadata.contentHash()).isEqualTo(viewModel.content().contentHash());
            assertThat(metadata.platform()).isEqualTo(row.name());
        }
        try (var files = Files.list(folder)) {
            assertThat(files.map(Path::toString)).noneMatch(name -> name.endsWith(".part"));
        }
        Node story = robot.lookup("#export-instagram-story").query();
        assertThat(story.isDisabled()).isFalse();
    }
}
