package studio.quire.brand.template;

import org.junit.jupiter.api.Test;
import studio.quire.brand.BrandKit;
import studio.quire.brand.KitColour;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A template's own checks, and the ones it runs against a kit. */
class TemplateTest {

    @Test
    void constructor_refusesTwoLayersWithOneId_namingTheId() {
        Template post = SampleTemplates.post();
        List<Layer> layers = new ArrayList<>(post.layers());
        layers.add(Layer.shape("band", "Second band", new Frame(0, 900, 1080, 180), "Ink"));

        assertThatThrownBy(() -> post.withLayers(layers)).hasMessage("Two layers of \"Square post\" have the id \"band\": give each its own");
    }

    @Test
    void constructor_refusesAFrameOffTheCanvas_sayingHowToPutItRight() {
        Layer lost = Layer.shape("lost", "Lost block", new Frame(2000, 0, 100, 100), "Ink");

        assertThatThrownBy(() -> SampleTemplates.post().withLayers(List.of(lost)))
                .hasMessage("The layer \"Lost block\" lies wholly outside the canvas: move it back onto it");
        Layer huge = Layer.shape("huge", "Huge block", new Frame(0, 0, 5000, 100), "Ink");
        assertThatThrownBy(() -> SampleTemplates.post().withLayers(List.of(huge))).hasMessageContaining("make it smaller");
    }

    @Test
    void textSlot_refusesSizesOutOfOrder_andATextOverItsOwnLimit() {
        assertThatThrownBy(() -> new TextSlot("section.title", 80, 72, 24, true))
                .hasMessageContaining("smallest ≤ largest").hasMessageContaining("72.0 ≤ 24.0");
        assertThatThrownBy(() -> new TextSlot("Sail with us", 5, 12, 24, false))
                .hasMessage("The slot's own text has 12 characters, more than the 5 it takes");
        assertThat(new TextSlot("section.body", 500, 12, 24, false).fromSection()).isTrue();
        assertThat(new TextSlot("Sail with us", 50, 12, 24, false).fromSection()).isFalse();
    }

    @Test
    void layer_refusesATextLayerWithoutFontRole_andALogoThatWouldBeCropped() {
        assertThatThrownBy(() -> Layer.text("t", "Title", new Frame(0, 0, 10, 10), new TextSlot("x", 5, 10, 20, false), "Ink", null))
                .hasMessage("The text layer \"Title\" needs a text slot, a font role and a colour");
        assertThatThrownBy(() -> Layer.logo("l", "Mark", new Frame(0, 0, 10, 10), SampleTemplates.LOGO).withFit(ImageFit.COVER))
                .hasMessageContaining("always shown whole");
        assertThatThrownBy(() -> Layer.shape("a b", "Block", new Frame(0, 0, 10, 10), "Ink")).hasMessageContaining("\"a b\"");
    }

    @Test
    void problems_isEmpty_forATemplateMadeForTheKit() {
        assertThat(SampleTemplates.post().problems(SampleTemplates.kit())).isEmpty();
    }

    @Test
    void problems_namesEveryReferenceTheKitLacks() {
        BrandKit kit = SampleTemplates.kit();
        BrandKit smaller = kit.withColours(List.of(new KitColour("Ink", "#14213D")))
                .withFonts(kit.fonts().subList(1, 2))
                .withAssets(List.of());

        assertThat(SampleTemplates.post().problems(smaller)).containsExactly(
                "The background colour \"Sand\" is not in the kit \"Harbour Ferries\": choose one of its colours",
                "The colour \"Sea\" of \"Band\" is not in the kit \"Harbour Ferries\": choose one of its colours",
                "The colour \"Sand\" of \"Title\" is not in the kit \"Harbour Ferries\": choose one of its colours",
                "The font role \"Heading\" of \"Title\" is not in the kit \"Harbour Ferries\": choose one of its roles",
                "\"Photo\" shows an asset the kit \"Harbour Ferries\" does not hold: choose one of its own",
                "\"Logo\" shows an asset the kit \"Harbour Ferries\" does not hold: choose one of its own");
    }

    @Test
    void problems_saysWhenASlotMayLeaveTheKitsSizes_orALogoLayerShowsAPhoto() {
        Template post = SampleTemplates.post();
        Layer title = post.layer("title").orElseThrow();
        Template t = post.withLayer(title.withText(new TextSlot("section.title", 80, 12, 72, true)))
                .withLayer(new Layer("logo", "Logo", LayerType.LOGO, new Frame(820, 900, 200, 100), Constraints.SCALE,
                        Locks.ALL, null, null, null, SampleTemplates.PHOTO, null, null));

        assertThat(t.problems(SampleTemplates.kit())).containsExactly(
                "\"Title\" may be set from 12 to 72 px, but the kit's Heading runs from 24 to 96 px: keep the slot inside the kit's sizes",
                "The logo layer \"Logo\" shows \"Quay at dawn\", which the kit keeps as an image, not a logo");
    }

    @Test
    void constructor_refusesACanvasPastTheLargestSide() {
        assertThatThrownBy(() -> new Template(UUID.randomUUID(), "Banner", 0, 9000, 100, "Ink", List.of()))
                .hasMessageContaining("9000 × 100");
    }
}
