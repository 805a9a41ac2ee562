package studio.quire.brand.variants;

import org.junit.jupiter.api.Test;
import studio.quire.brand.compliance.Box;
import studio.quire.brand.compliance.ColourUse;
import studio.quire.brand.compliance.LogoFact;
import studio.quire.brand.compliance.TextFact;
import studio.quire.brand.compliance.VariantFacts;
import studio.quire.brand.platform.PlatformSpec;
import studio.quire.brand.platform.PlatformSpecs;
import studio.quire.brand.render.LogoFacts;
import studio.quire.brand.render.RenderFacts;
import studio.quire.brand.render.TextFacts;
import studio.quire.brand.template.Frame;
import studio.quire.brand.template.SampleTemplates;
import studio.quire.brand.template.Template;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A render's facts turned into what the compliance check reads, without JavaFX. */
class VariantFactsOfTest {
    private final Template post = SampleTemplates.post();
    private final PlatformSpec story = spec("instagram-story");

    static PlatformSpec spec(String id) {
        return PlatformSpecs.load().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static RenderFacts facts(boolean titleOverImage, Frame logoDrawn) {
        TextFacts title = new TextFacts("title", "Dawn crossings", "Heading", "System", "System", 700, 72,
                new Frame(60, 40, 960, 140), new Frame(60, 40, 500, 80), "Sand", "#F4EBD9",
                List.of("#1A6FB0", "#F4EBD9"), titleOverImage, false);
        TextFacts body = new TextFacts("body", "Cross the harbour at dawn.", "Body", "System", "Lucida", 400, 32,
                new Frame(60, 1600, 700, 220), new Frame(60, 1600, 420, 40), "Ink", "#14213D", List.of(), false, false);
        LogoFacts photo = new LogoFacts("photo", SampleTemplates.PHOTO, false, new Frame(60, 400, 960, 900),
                new Frame(60, 400, 960, 900));
        LogoFacts logo = new LogoFacts("logo", SampleTemplates.LOGO, true, new Frame(820, 1720, 200, 100), logoDrawn);
        return new RenderFacts(SampleTemplates.TEMPLATE, 3, "c".repeat(64), 1080, 1920, "#F4EBD9", List.of(title, body),
                List.of(photo, logo), Map.of("Sand", "#F4EBD9", "Sea", "#1A6FB0", "Ink", "#14213D"), List.of());
    }

    @Test
    void of_mapsEachTextLayer_withItsFontsSizeBoldColoursBoxAndTheSlotsLimit() {
        VariantFacts facts = VariantFactsOf.of(facts(false, new Frame(820, 1720, 200, 100)), story, post,
                SampleTemplates.kit());

        assertThat(facts.canvasWidth()).isEqualTo(1080);
        assertThat(facts.canvasHeight()).isEqualTo(1920);
        assertThat(facts.texts()).hasSize(2);
        TextFact title = facts.texts().get(0);
        assertThat(title.slot()).isEqualTo("Title");
        assertThat(title.bold()).isTrue();
        assertThat(title.sizePx()).isEqualTo(72);
        assertThat(title.colourRgb()).isEqualTo(0xF4EBD9);
        assertThat(title.backgroundRgb()).as("the first colour under it").isEqualTo(0x1A6FB0);
        assertThat(title.box()).isEqualTo(new Box(60, 40, 500, 80));
        assertThat(title.maxChars()).isEqualTo(80);
        TextFact body = facts.texts().get(1);
        assertThat(body.bold()).isFalse();
        assertThat(body.renderedFamily()).isEqualTo("Lucida");
        assertThat(body.backgroundRgb()).as("no shape under it: the canvas").isEqualTo(0xF4EBD9);
        assertThat(body.maxChars()).isEqualTo(300);
    }

    @Test
    void of_judgesATextOverAnImageOnTheWorstFlatColour_andSaysSoInItsName() {
        VariantFacts facts = VariantFactsOf.of(facts(true, new Frame(820, 1720, 200, 100)), story, post,
                SampleTemplates.kit());

        TextFact title = facts.texts().get(0);
        assertThat(title.slot()).isEqualTo("Title (over an image)");
        assertThat(title.backgroundRgb()).as("Sand on Sand contrasts least").isEqualTo(0xF4EBD9);
    }

    @Test
    void of_takesTheStorysSafeArea_andTheLogosMinimumWidthAndClearSpaceFromTheKit() {
        VariantFacts facts = VariantFactsOf.of(facts(false, new Frame(845, 1720, 150, 75)), story, post,
                SampleTemplates.kit());

        var area = story.safeArea();
        assertThat(facts.safeArea()).isEqualTo(new Box(area.x(), area.y(), area.width(), area.height()));
        assertThat(area.height()).as("a story's top and bottom are covered").isLessThan(1920);
        assertThat(facts.logos()).containsExactly(new LogoFact("Harbour mark", new Box(845, 1720, 150, 75), 120, 0.25));
    }

    @Test
    void of_listsImagesAndShapesAsOtherElements_andEveryColourWithWhereItIsUsed() {
        VariantFacts facts = VariantFactsOf.of(facts(false, new Frame(820, 1720, 200, 100)), story, post,
                SampleTemplates.kit());

        assertThat(facts.otherElements()).contains(new Box(60, 400, 960, 900));
        assertThat(facts.otherElements()).as("the photo and the band").hasSize(2);
        assertThat(facts.colours()).containsExactly(new ColourUse("Background", 0xF4EBD9),
                new ColourUse("Band fill", 0x1A6FB0), new ColourUse("Title", 0xF4EBD9), new ColourUse("Body", 0x14213D));
    }

    @Test
    void of_leavesOutALogoThatCouldNotBeDrawn() {
        VariantFacts facts = VariantFactsOf.of(facts(false, null), story, post, SampleTemplates.kit());

        assertThat(facts.logos()).isEmpty();
    }
}
