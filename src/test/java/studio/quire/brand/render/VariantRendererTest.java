package studio.quire.brand.render;

import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.quire.brand.BrandKit;
import studio.quire.brand.KitColour;
import studio.quire.brand.KitFont;
import studio.quire.brand.template.Frame;
import studio.quire.brand.template.SampleTemplates;
import studio.quire.brand.template.Template;
import studio.quire.brand.template.VariantContent;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** The renderer lays out, fills and draws a variant, and tells what it drew. */
class VariantRendererTest {
    private final Template post = SampleTemplates.post();
    private final BrandKit kit = SampleTemplates.kit();

    @BeforeAll
    static void toolkit() {
        FxThread.start();
    }

    private static Function<UUID, Image> images() {
        Image logo = FxThread.call(() -> FxThread.flat(100, 100, Color.BLACK));
        Image photo = FxThread.call(() -> FxThread.flat(160, 90, Color.GRAY));
        return id -> id.equals(SampleTemplates.LOGO) ? logo : id.equals(SampleTemplates.PHOTO) ? photo : null;
    }

    private RenderFacts facts(Template template, BrandKit brand, Map<String, String> texts, int w, int h) {
        VariantRenderer renderer = new VariantRenderer(images());
        return FxThread.call(() -> renderer.render(template, brand, VariantContent.of(template, texts, Map.of()), w, h).facts());
    }

    @Test
    void render_drawsAPaneOfExactlyThePlatformSize_withEveryLayer() {
        VariantRenderer renderer = new VariantRenderer(images());
        Rendering story = FxThread.call(() -> renderer.render(post, kit,
                VariantContent.of(post, Map.of("title", "Dawn crossings"), Map.of()), 1080, 1920));

        assertThat(story.pane().getPrefWidth()).isEqualTo(1080);
        assertThat(story.pane().getPrefHeight()).isEqualTo(1920);
        assertThat(story.pane().getChildren()).hasSize(1 + post.layers().size());
        RenderFacts facts = story.facts();
        assertThat(facts.problems()).isEmpty();
        assertThat(facts.texts()).extracting(TextFacts::layerId).containsExactly("title", "body");
        assertThat(facts.texts().get(1).text()).isEqualTo("Cross the harbour at dawn.");
        assertThat(facts.coloursUsed()).containsExactly(Map.entry("Sand", "#F4EBD9"), Map.entry("Sea", "#1A6FB0"),
                Map.entry("Ink", "#14213D"));
        assertThat(facts.contentHash()).isEqualTo(VariantContent.of(post, Map.of("title", "Dawn crossings"), Map.of()).contentHash());
    }

    @Test
    void render_reportsAFontThatIsNotInstalled_andTheFamilyUsedInstead() {
        BrandKit missing = kit.withFonts(List.of(new KitFont("Heading", "Quire Nonexistent Serif", 700, 64, 24, 96),
                kit.fonts().get(1)));

        RenderFacts facts = facts(post, missing, Map.of("title", "Dawn"), 1080, 1080);

        assertThat(facts.missingFonts()).singleElement().satisfies(text -> {
            assertThat(text.layerId()).isEqualTo("title");
            assertThat(text.requestedFamily()).isEqualTo("Quire Nonexistent Serif");
            assertThat(text.usedFamily()).isNotBlank().isNotEqualToIgnoringCase("Quire Nonexistent Serif");
        });
        assertThat(facts.problems()).singleElement().asString()
                .startsWith("The font \"Quire Nonexistent Serif\" of \"Title\" is not installed on this computer");
        assertThat(facts.texts().get(1).fontMissing()).isFalse();
    }

    @Test
    void render_shrinksALongTitle_withinTheSlotsSizes_andReportsTextThatStillDoesNotFit() {
        RenderFacts shortTitle = facts(post, kit, Map.of("title", "Dawn"), 1080, 1080);
        RenderFacts longTitle = facts(post, kit, Map.of("title", "Cross the harbour every morning at dawn"), 1080, 1080);
        RenderFacts tooLong = facts(post, kit, Map.of("title", "Harbour ".repeat(60).strip()), 1080, 1080);

        assertThat(shortTitle.texts().get(0).sizePx()).isEqualTo(64);
        TextFacts shrunk = longTitle.texts().get(0);
        assertThat(shrunk.sizePx()).isLessThan(64).isGreaterThanOrEqualTo(24);
        assertThat(shrunk.overflows()).isFalse();
        assertThat(shrunk.textBounds().height()).isLessThanOrEqualTo(shrunk.frame().height() + 0.5);
        TextFacts cut = tooLong.texts().get(0);
        assertThat(cut.overflows()).isTrue();
        assertThat(cut.sizePx()).isEqualTo(24);
        assertThat(tooLong.problems()).anySatisfy(p -> assertThat(p).contains("does not fit its box even at 24.0 px"));
    }

    @Test
    void render_setsTextAtTheKitSizeScaledToTheCanvas_clampedToTheSlot() {
        RenderFacts wide = facts(post, kit, Map.of("title", "Dawn"), 1600, 900);

        assertThat(wide.texts().get(0).sizePx()).isEqualTo(64 * 900 / 1080.0);
        assertThat(wide.texts().get(1).sizePx()).isEqualTo(32 * 900 / 1080.0);
    }

    @Test
    void render_takesColoursFromTheKit_byName() {
        BrandKit recoloured = kit.withColours(List.of(new KitColour("Ink", "#000000"), new KitColour("Sea", "#005F73"),
                new KitColour("Sand", "#FFFFFF")));

        RenderFacts facts = facts(post, recoloured, Map.of("title", "Dawn"), 1080, 1080);

        assertThat(facts.texts().get(0).colourHex()).isEqualTo("#FFFFFF");
        assertThat(facts.texts().get(0).backgroundHexes()).containsExactly("#005F73");
        assertThat(facts.texts().get(1).backgroundHexes()).containsExactly("#FFFFFF");
        assertThat(facts.backgroundHex()).isEqualTo("#FFFFFF");
    }

    @Test
    void render_reportsAColourTheKitLacks_andAMissingImage_neverSilently() {
        BrandKit noSea = kit.withColours(List.of(new KitColour("Ink", "#14213D"), new KitColour("Sand", "#F4EBD9")));
        VariantRenderer noImages = new VariantRenderer(id -> null);
        RenderFacts facts = FxThread.call(() -> noImages.render(post, noSea,
                VariantContent.of(post, Map.of("title", "Dawn"), Map.of()), 1080, 1080).facts());

        assertThat(facts.problems()).containsExactly(
                "The colour \"Sea\" of \"Band\" is not in the kit \"Harbour Ferries\": it is drawn in magenta until one of the kit's colours is chosen",
                "The image of \"Photo\" could not be shown: its file is missing, unreadable or still loading",
                "The logo of \"Logo\" could not be shown: its file is missing, unreadable or still loading");
        assertThat(facts.logos()).singleElement().extracting(LogoFacts::drawn).isNull();
    }

    @Test
    void render_showsTheLogoWhole_centredInItsBox() {
        RenderFacts facts = facts(post, kit, Map.of("title", "Dawn"), 1080, 1080);

        LogoFacts logo = facts.logos().get(0);
        assertThat(logo.frame()).isEqualTo(new Frame(820, 900, 200, 100));
        assertThat(logo.drawn()).isEqualTo(new Frame(870, 900, 100, 100));
        assertThat(facts.texts().get(1).overImage()).isFalse();
    }

    @Test
    void render_reportsARequiredSlotLeftEmpty() {
        RenderFacts facts = facts(post, kit, Map.of(), 1080, 1080);

        assertThat(facts.problems()).containsExactly("\"Title\" is required but has no text");
    }

    @Test
    void render_keepsTheKitsFont_inAScreenWhoseStylesSetAnotherFont() {
        VariantRenderer renderer = new VariantRenderer(images());
        double size = FxThread.call(() -> {
            Rendering r = renderer.render(post, kit, VariantContent.of(post, Map.of("title", "Dawn"), Map.of()), 1080, 1080);
            Scene scene = new Scene(new Group(r.pane()));
            scene.getStylesheets().add("data:text/css,.root%7B-fx-font-size:11px;-fx-font-family:%22DejaVu%20Serif%22;%7D");
            r.pane().applyCss();
            return ((Text) r.pane().getChildren().get(2)).getFont().getSize();
        });

        assertThat(size).isEqualTo(64);
    }
}
