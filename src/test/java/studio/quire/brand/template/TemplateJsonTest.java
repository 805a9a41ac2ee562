package studio.quire.brand.template;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A template written to JSON and read back, and files that are refused with where and why. */
class TemplateJsonTest {

    @Test
    void read_givesBackTheSameTemplate_thatWriteWrote() {
        Template post = SampleTemplates.post();
        Template centred = post.withLayer(post.layer("body").orElseThrow().withAlign(TextAlign.CENTER)
                .withConstraints(new Constraints(HorizontalConstraint.CENTER, VerticalConstraint.TOP_BOTTOM)));

        String json = TemplateJson.write(centred);

        assertThat(TemplateJson.read(json)).isEqualTo(centred);
        assertThat(json).contains("\"schema\" : 1").contains("\"horizontal\" : \"center\"").contains("\"colour\" : \"Sea\"");
    }

    @Test
    void read_refusesAFieldItDoesNotKnow_namingWhere() {
        String json = TemplateJson.write(SampleTemplates.post()).replace("\"colour\" : \"Sea\"", "\"color\" : \"Sea\"");

        assertThatThrownBy(() -> TemplateJson.read(json)).isInstanceOf(TemplateFormatException.class)
                .hasMessageStartingWith("The template file is not right: layers[0] has a field \"color\" that Quire does not know");
    }

    @Test
    void read_refusesAMissingOrMistypedField_namingWhere() {
        String noWidth = TemplateJson.write(SampleTemplates.post()).replaceFirst("\"width\" : 1080.0,", "");
        assertThatThrownBy(() -> TemplateJson.read(noWidth))
                .hasMessage("The template file is not right: layers[0].frame is missing the field \"width\"");

        String textLock = TemplateJson.write(SampleTemplates.post()).replaceFirst("\"movable\" : false", "\"movable\" : \"no\"");
        assertThatThrownBy(() -> TemplateJson.read(textLock))
                .hasMessage("The template file is not right: layers[0].locks.movable must be true or false");

        String badType = TemplateJson.write(SampleTemplates.post()).replaceFirst("\"type\" : \"shape\"", "\"type\" : \"circle\"");
        assertThatThrownBy(() -> TemplateJson.read(badType))
                .hasMessage("The template file is not right: layers[0].type cannot be \"circle\" (it can be text, image, logo, shape)");
    }

    @Test
    void read_refusesAnotherSchema_andADuplicateKey() {
        String newer = TemplateJson.write(SampleTemplates.post()).replace("\"schema\" : 1", "\"schema\" : 2");
        assertThatThrownBy(() -> TemplateJson.read(newer))
                .hasMessage("This template file is written in schema 2; this Quire reads schema 1: update Quire to open it");

        String twice = "{\"schema\": 1, \"schema\": 1}";
        assertThatThrownBy(() -> TemplateJson.read(twice)).hasMessageContaining("Duplicate field 'schema'");
        assertThatThrownBy(() -> TemplateJson.read("{ not json")).hasMessageStartingWith("The template file is not JSON Quire can read (line 1");
    }

    @Test
    void read_passesOnTheModelsOwnCheck_saidWhere() {
        String json = TemplateJson.write(SampleTemplates.post()).replaceFirst("\"maxChars\" : 80", "\"maxChars\" : 0");

        assertThatThrownBy(() -> TemplateJson.read(json))
                .hasMessage("The template file is not right at layers[1].text: A text slot takes between 1 and 5000 characters (this one 0)");
    }

    @Test
    void read_keepsAnEmptyTemplate() {
        Template empty = SampleTemplates.post().withLayers(List.of());

        assertThat(TemplateJson.read(TemplateJson.write(empty))).isEqualTo(empty);
    }
}
