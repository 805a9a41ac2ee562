package studio.quire.brand.platform;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The shipped platform data as a consultant relies on it, and the reader's refusals of a broken file. */
class PlatformSpecsTest {

    @Test
    void load_givesTheSevenRequiredPlacements_withTheirPixels_inAFixedOrder() {
        List<PlatformSpec> specs = PlatformSpecs.load();

        assertThat(specs).extracting(PlatformSpec::id, PlatformSpec::width, PlatformSpec::height).containsExactly(
                tuple("instagram-square", 1080, 1080),
                tuple("instagram-portrait", 1080, 1350),
                tuple("instagram-story", 1080, 1920),
                tuple("linkedin-landscape", 1200, 627),
                tuple("x-landscape", 1600, 900),
                tuple("facebook-link", 1200, 630),
                tuple("pinterest-pin", 1000, 1500));
        assertThat(specs.get(0).name()).isEqualTo("Instagram post, square");
    }

    @Test
    void safeArea_leavesTheReelsCoveredEdgesOut_forTheStory() {
        PlatformSpec story = PlatformSpecs.loadSheet().byId("instagram-story").orElseThrow();

        assertThat(story.safeInsets()).isEqualTo(new SafeInsets(269, 65, 672, 65));
        assertThat(story.safeArea()).isEqualTo(new SafeArea(65, 269, 950, 979));
        assertThat(story.safeArea().contains(100, 300, 500, 200)).isTrue();
        assertThat(story.safeArea().contains(100, 1400, 500, 200)).as("over the reel's caption").isFalse();
        assertThat(story.safeZoneNote()).contains("14 %").contains("35 %").contains("20 %");
    }

    @Test
    void safeArea_isTheWholeCanvas_whenNothingCoversIt() {
        PlatformSpec pin = PlatformSpecs.loadSheet().byId("pinterest-pin").orElseThrow();

        assertThat(pin.safeArea()).isEqualTo(new SafeArea(0, 0, 1000, 1500));
    }

    @Test
    void load_carriesTheTextLimits_withTheirCountingRules() {
        PlatformSpecs sheet = PlatformSpecs.loadSheet();
        PlatformSpec x = sheet.byId("x-landscape").orElseThrow();
        PlatformSpec square = sheet.byId("instagram-square").orElseThrow();
        PlatformSpec pin = sheet.byId("pinterest-pin").orElseThrow();

        assertThat(x.limit(LimitKind.CAPTION).orElseThrow())
                .extracting(TextLimit::max, TextLimit::counting).containsExactly(280, CountingRule.X_WEIGHTED);
        assertThat(square.limit(LimitKind.CAPTION).orElseThrow().max()).isEqualTo(2200);
        assertThat(square.limit(LimitKind.HASHTAGS).orElseThrow())
                .extracting(TextLimit::max, TextLimit::since).containsExactly(5, LocalDate.of(2025, 12, 19));
        assertThat(pin.limit(LimitKind.TITLE).orElseThrow().max()).isEqualTo(100);
        assertThat(pin.limit(LimitKind.DESCRIPTION).orElseThrow().max()).isEqualTo(500);
        assertThat(pin.limit(LimitKind.CAPTION)).isEmpty();
    }

    @Test
    void load_citesASourceAndADate_forEveryPlacement() {
        PlatformSpecs sheet = PlatformSpecs.loadSheet();

        assertThat(sheet.asOf()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(sheet.placements()).allSatisfy(spec -> {
            assertThat(spec.sources()).isNotEmpty().allSatisfy(source -> assertThat(source.url().getScheme()).isEqualTo("https"));
            assertThat(spec.verifiedOn()).isBeforeOrEqualTo(sheet.asOf());
        });
    }

    @Test
    void read_refusesTextThatIsNotJson_sayingWhere() {
        assertThatThrownBy(() -> read("{ \"asOf\": \"2026-12-03\", "))
                .isInstanceOf(BrokenSpecsException.class)
                .hasMessageStartingWith("specs.json is not valid JSON near line 1");
    }

    @Test
    void read_refusesAnUnknownField_namingIt() throws IOException {
        String broken = shipped().replaceFirst("\"width\": 1080", "\"widht\": 1080");

        assertThatThrownBy(() -> read(broken))
                .isInstanceOf(BrokenSpecsException.class)
                .hasMessageContaining("item 1")
                .hasMessageContaining("Quire knows no field \"widht\"")
                .hasMessageContaining("\"width\"");
    }

    @Test
    void read_refusesAMissingSize_namingThePlacement() throws IOException {
        String broken = shipped().replace("\"width\": 1600,", "");

        assertThatThrownBy(() -> read(broken))
                .hasMessage("specs.json, placement 5 (\"x-landscape\"): \"width\" is missing");
    }

    @Test
    void read_refusesASizeWrittenAsText() throws IOException {
        String broken = shipped().replace("\"height\": 900", "\"height\": \"900\"");

        assertThatThrownBy(() -> read(broken))
                .isInstanceOf(BrokenSpecsException.class)
                .hasMessageContaining("\"height\" has the wrong kind of value");
    }

    @Test
    void read_refusesAnUnknownCountingRule_listingTheRules() throws IOException {
        String broken = shipped().replace("\"counting\": \"x-weighted\"", "\"counting\": \"bytes\"");

        assertThatThrownBy(() -> read(broken))
                .hasMessage("specs.json, placement 5 (\"x-landscape\"): the caption limit counts by \"bytes\";"
                        + " the rules are x-weighted, code-points and graphemes");
    }

    @Test
    void read_refusesTwoPlacementsWithOneId() throws IOException {
        String broken = shipped().replace("\"id\": \"instagram-portrait\"", "\"id\": \"instagram-square\"");

        assertThatThrownBy(() -> read(broken))
                .hasMessageContaining("placement 2 (\"instagram-square\")")
                .hasMessageContaining("another placement already has the id");
    }

    @Test
    void read_refusesInsetsThatLeaveNothing() throws IOException {
        String broken = shipped().replace("\"top\": 269", "\"top\": 1500");

        assertThatThrownBy(() -> read(broken))
                .hasMessageContaining("The safe insets of \"instagram-story\" leave nothing of its 1080 × 1920 canvas");
    }

    @Test
    void read_refusesADateNotWrittenAsIso() throws IOException {
        String broken = shipped().replace("\"asOf\": \"2026-12-03\"", "\"asOf\": \"3 Dec 2026\"");

        assertThatThrownBy(() -> read(broken))
                .hasMessage("specs.json: \"asOf\" must be a date written like 2026-12-03 (it is \"3 Dec 2026\")");
    }

    @Test
    void read_refusesASourceThatIsNoWebAddress() throws IOException {
        String broken = shipped().replace("https://help.pinterest.com/en/business/article/pinterest-product-specs",
                "Pinterest help");

        assertThatThrownBy(() -> read(broken))
                .hasMessageContaining("placement 7 (\"pinterest-pin\")")
                .hasMessageContaining("must be a web address starting with https://");
    }

    private static PlatformSpecs read(String json) throws IOException {
        return PlatformSpecs.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "specs.json");
    }

    private static String shipped() throws IOException {
        try (InputStream in = PlatformSpecs.class.getResourceAsStream(PlatformSpecs.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
