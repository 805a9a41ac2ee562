package studio.quire.brand.template;

import org.junit.jupiter.api.Test;
import studio.quire.brand.BrandKit;

import static org.assertj.core.api.Assertions.assertThat;

/** Edits honour the layers' locks and the template's bounds, and say why when they refuse. */
class TemplateEditsTest {
    private final Template post = SampleTemplates.post();
    private final BrandKit kit = SampleTemplates.kit();
    private final TemplateEdits filler = TemplateEdits.forFiller();

    @Test
    void move_refusesALockedLogo_inAWritersWords() {
        EditOutcome<Template> outcome = filler.move(post, "logo", 10, 10);

        assertThat(outcome.isApplied()).isFalse();
        assertThat(outcome.reason()).contains("The logo is locked in place");
    }

    @Test
    void move_placesAnUnlockedLayer_andLeavesTheOthers() {
        EditOutcome<Template> outcome = filler.move(post, "photo", 100, 260);

        assertThat(outcome.isApplied()).isTrue();
        assertThat(outcome.value().layer("photo").orElseThrow().frame()).isEqualTo(new Frame(100, 260, 960, 540));
        assertThat(outcome.value().layer("logo")).isEqualTo(post.layer("logo"));
        assertThat(outcome.value().version()).isEqualTo(post.version());
    }

    @Test
    void move_refusesAPlaceOffTheCanvas_evenForTheDesigner() {
        EditOutcome<Template> outcome = TemplateEdits.forDesigner().move(post, "logo", 3000, 10);

        assertThat(outcome.reason()).contains("The logo cannot go there: it would lie wholly outside the canvas");
    }

    @Test
    void resize_refusesATitleLockedAtItsSize_butTheDesignerMayResizeIt() {
        assertThat(filler.resize(post, "title", 500, 100).reason()).contains("The text \"Title\" is locked at its size");

        EditOutcome<Template> designed = TemplateEdits.forDesigner().resize(post, "title", 500, 100);
        assertThat(designed.value().layer("title").orElseThrow().frame()).isEqualTo(new Frame(60, 40, 500, 100));
        assertThat(TemplateEdits.forDesigner().resize(post, "title", 0, 100).reason())
                .contains("The text \"Title\" must stay at least 1 px wide and high");
    }

    @Test
    void remove_takesOutAFreeLayer_andRefusesALockedOrRequiredOne() {
        assertThat(filler.remove(post, "photo").value().layer("photo")).isEmpty();
        assertThat(filler.remove(post, "band").reason()).contains("The shape \"Band\" is locked in the template");
        assertThat(TemplateEdits.forDesigner().remove(post, "title").reason())
                .contains("The text \"Title\" is required: it cannot be taken out");
        assertThat(filler.remove(post, "nope").reason()).contains("The template \"Square post\" has no layer \"nope\" (it may have been taken out)");
    }

    @Test
    void changeStyle_takesOnlyTheKitsColoursAndRoles() {
        assertThat(filler.changeStyle(post, kit, "body", "Sea", "Heading").value().layer("body").orElseThrow())
                .extracting(Layer::colour, Layer::fontRole).containsExactly("Sea", "Heading");
        assertThat(filler.changeStyle(post, kit, "body", "#FF0000", "Body").reason())
                .contains("\"#FF0000\" is not one of the colours of the kit \"Harbour Ferries\": choose one of them");
        assertThat(filler.changeStyle(post, kit, "body", "Sea", "Display").reason())
                .contains("\"Display\" is not one of the font roles of the kit \"Harbour Ferries\": choose one of them");
        assertThat(filler.changeStyle(post, kit, "title", "Ink", "Heading").reason())
                .contains("The text \"Title\" is locked in its style");
        assertThat(filler.changeStyle(post, kit, "photo", "Ink", null).reason()).contains("The image \"Photo\" has no colour or font to change");
    }

    @Test
    void changeText_keepsToTheSlotsLimit_andRecomputesTheHash() {
        VariantContent empty = VariantContent.empty(post);

        EditOutcome<VariantContent> written = filler.changeText(post, empty, "title", "Dawn crossings");
        assertThat(written.value().slotTexts()).containsEntry("title", "Dawn crossings");
        assertThat(written.value().contentHash()).isNotEqualTo(empty.contentHash());

        assertThat(filler.changeText(post, empty, "title", "x".repeat(83)).reason())
                .contains("The text \"Title\" takes at most 80 characters (this text has 83): shorten it by 3");
        assertThat(filler.changeText(post, empty, "title", "  ").reason()).contains("The text \"Title\" is required: write something in it");
        assertThat(filler.changeText(post, empty, "logo", "Hi").reason()).contains("The logo holds no words");
    }

    @Test
    void changeText_countsCharacters_notUtf16Units() {
        String emoji = "\uD83D\uDEA2".repeat(80);

        assertThat(filler.changeText(post, VariantContent.empty(post), "title", emoji).isApplied()).isTrue();
    }

    @Test
    void changeText_refusesLockedWords() {
        Template locked = post.withLayer(post.layer("body").orElseThrow().withLocks(Locks.ALL));

        assertThat(filler.changeText(locked, VariantContent.empty(locked), "body", "Hello").reason())
                .contains("The text \"Body\"'s words are locked");
    }
}
