package studio.quire.brand.kitfile;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every way a kit file is refused, one test each, with the message a designer reads: where (JSON
 * path and line of the golden file, changed in one place) and what to do.
 */
class KitFileRefusalTest {
    private final BrandKitFile file = new BrandKitFile(new AssetInspector());

    @Test
    void read_refusesTheFile_notJsonAtAll() {
        assertThatThrownBy(() -> file.read(new ByteArrayInputStream(TestImages.png(4, 4)), KitFiles.ORG))
                .isInstanceOf(KitFileException.class)
                .hasMessage("This is not a brand kit file: it is not JSON text. Choose a kit file exported from Quire (.json)");
    }

    @Test
    void read_refusesTheFile_zeroBytes() {
        assertThat(refusal("")).hasMessage("This file is empty; choose a brand kit file exported from Quire (.json)");
    }

    @Test
    void read_refusesTheFileWithoutReadingItAll_past150Mb() {
        Endless endless = new Endless();

        assertThatThrownBy(() -> file.read(endless, KitFiles.ORG))
                .hasMessage("This file is larger than 150 MB; a brand kit file can be at most 150 MB (and each image in it"
                        + " at most 20 MB)");
        assertThat(endless.served).isLessThanOrEqualTo(BrandKitFile.MAX_FILE_BYTES + 1024 * 1024);
    }

    @Test
    void read_refusesTheFile_brokenJson() throws IOException {
        KitFileException refused = refusal(changed("\"#14213D\",", "\"#14213D\""));

        assertThat(refused).hasMessageStartingWith("Line 11: The JSON is broken at column 7: a comma, quote or bracket is"
                + " missing or extra there; fix it in a text editor, or export the kit again");
        assertThat(refused.line()).isEqualTo(11);
    }

    @Test
    void read_refusesTheFile_cutShort() throws IOException {
        String golden = BrandKitFileTest.golden();

        assertThat(refusal(golden.substring(0, golden.indexOf("\"voice\""))))
                .hasMessage("The file ends too soon (line 43): it is incomplete; export the kit again or copy the whole file");
    }

    @Test
    void read_refusesTheFile_moreAfterTheKit() throws IOException {
        assertThat(refusal(BrandKitFileTest.golden() + "{}\n"))
                .hasMessage("Line 83: There is more after the kit's last }; a kit file holds one JSON object");
    }

    @Test
    void read_refusesTheFile_listAtTheTop() {
        assertThat(refusal("[1, 2]")).hasMessage("Line 1: A brand kit file holds one JSON object { … }; this one holds"
                + " a list [ … ]. Choose a kit file exported from Quire");
    }

    @Test
    void read_refusesTheFile_withoutFormat() throws IOException {
        assertThat(refusal(changed("  \"format\": \"quire-brand-kit\",\n", "")))
                .hasMessage("Line 1: This JSON file is not a Quire brand kit: it does not say \"format\": \"quire-brand-kit\"."
                        + " Choose a kit file exported from Quire");
    }

    @Test
    void read_refusesTheFile_otherFormat() throws IOException {
        assertThat(refusal(changed("\"quire-brand-kit\"", "\"brand.yml\"")))
                .hasMessage("format (line 2): \"brand.yml\" is not a Quire brand kit; a kit file says \"format\": \"quire-brand-kit\"");
    }

    @Test
    void read_refusesTheFile_newerFormatVersion() throws IOException {
        assertThat(refusal(changed("\"formatVersion\": 1", "\"formatVersion\": 2")))
                .hasMessage("formatVersion (line 3): This kit was written by a newer Quire (format version 2); update Quire"
                        + " to open it (this one reads format version 1)");
    }

    @Test
    void read_refusesTheFile_unknownField() throws IOException {
        assertThat(refusal(changed("\"name\": \"Harbour Ferries\"", "\"name\": \"Harbour Ferries\",\n    \"link\": \"https://ferries.example\"")))
                .hasMessage("meta.link (line 6): Quire does not know the field \"link\" in the kit's meta; remove it or check"
                        + " its spelling (the kit's meta has name)");
    }

    @Test
    void read_refusesTheFile_sizeWrittenAsText() throws IOException {
        assertThat(refusal(changed("\"size\": 64", "\"size\": \"64px\"")))
                .hasMessage("typography.fonts[0].size (line 21): \"64px\" is not a number; write one without quotes, like 16");
    }

    @Test
    void read_refusesTheFile_fontWithoutFamily() throws IOException {
        assertThat(refusal(changed("        \"family\": \"Inter\",\n        \"weight\": 400", "        \"weight\": 400")))
                .hasMessage("typography.fonts[1] (line 25): The font has no \"family\"; add one, like \"family\": \"Source Serif 4\"");
    }

    @Test
    void read_refusesTheFile_weightThatIsNoWeight() throws IOException {
        assertThat(refusal(changed("\"weight\": 400", "\"weight\": 450")))
                .hasMessage("typography.fonts[1].weight (line 28): 450 is not a weight; use 100, 200, … 900");
    }

    @Test
    void read_refusesTheFile_sizesOutOfOrder() throws IOException {
        assertThat(refusal(changed("\"minSize\": 48", "\"minSize\": 80")))
                .hasMessageStartingWith("typography.fonts[0] (line 17): The sizes of Heading must run smallest ≤ size ≤ largest");
    }

    @Test
    void read_refusesTheFile_twoFontsOfOneRole() throws IOException {
        assertThat(refusal(changed("\"role\": \"Caption\"", "\"role\": \"heading\"")))
                .hasMessage("typography.fonts[2].role (line 34): \"heading\" is already the role of typography.fonts[0];"
                        + " give each font its own role");
    }

    @Test
    void read_refusesTheFile_badHex() throws IOException {
        assertThat(refusal(changed("\"#14213D\"", "\"#14213\"")))
                .hasMessage("color.palette.Ink (line 10): \"#14213\" is not a colour; write it as #RRGGBB, like #1A6FB0");
    }

    @Test
    void read_refusesTheFile_colourNamedTwice() throws IOException {
        assertThat(refusal(changed("\"Sand\"", "\"Ink\"")))
                .hasMessage("color.palette.Ink (line 12): This name is used twice here; give each its own name");
    }

    @Test
    void read_refusesTheFile_colourNamedTwiceIgnoringCase() throws IOException {
        assertThat(refusal(changed("\"Sand\"", "\"INK\"")))
                .hasMessage("color.palette.INK (line 12): \"INK\" is the same name as the colour \"Ink\"; give each colour its own name");
    }

    @Test
    void read_refusesTheFile_colourWithAnOddName() throws IOException {
        assertThat(refusal(changed("\"Sand\"", "\"" + "S".repeat(121) + "\"")))
                .hasMessageEndingWith("(line 12): A colour's name can be at most 120 characters (this one has 121)");
    }

    @Test
    void read_refusesTheFile_paletteAsAList() throws IOException {
        String golden = BrandKitFileTest.golden();
        String palette = golden.substring(golden.indexOf("{", golden.indexOf("\"palette\"")), golden.indexOf("}", golden.indexOf("\"palette\"")) + 1);

        assertThat(refusal(golden.replace(palette, "[\"#1A6FB0\"]")))
                .hasMessage("color.palette (line 8): A list [ … ] is not a palette; write the colours as { \"Harbour blue\": \"#1A6FB0\", … }");
    }

    @Test
    void read_refusesTheFile_assetsAsAnObject() {
        String json = "{\"format\": \"quire-brand-kit\", \"formatVersion\": 1, \"meta\": {\"name\": \"Plain\"},\n\"assets\": {}}";

        assertThat(refusal(json)).hasMessage("assets (line 2): An object { … } is not a list; write the assets as a list [ … ]");
    }

    @Test
    void read_refusesTheFile_kitWithoutAName() throws IOException {
        assertThat(refusal(changed("\"name\": \"Harbour Ferries\"", "\"name\": \"  \"")))
                .hasMessage("meta.name (line 5): A brand kit needs a name");
    }

    @Test
    void read_refusesTheFile_readingBandBackwards() throws IOException {
        assertThat(refusal(changed("\"min\": 50", "\"min\": 90")))
                .hasMessageStartingWith("voice.readingEase (line 59): The reading-ease band must run from 0 to 100, lowest first");
    }

    @Test
    void read_refusesTheFile_preferredTermWithoutTheTermItReplaces() throws IOException {
        assertThat(refusal(changed("\"use\": \"sign in\",\n        \"insteadOf\": \"log in\"", "\"use\": \"sign in\"")))
                .hasMessage("voice.preferred[0] (line 49): The preferred term has no \"insteadOf\"; add one, like \"insteadOf\": \"log in\"");
    }

    @Test
    void read_refusesTheFile_bannedWordThatIsNoText() throws IOException {
        assertThat(refusal(changed("\"world-class\"", "42")))
                .hasMessage("voice.banned[1] (line 46): 42 is not text; write it in quotes, like \"synergy\"");
    }

    @Test
    void read_refusesTheFile_assetOfAnUnknownKind() throws IOException {
        assertThat(refusal(changed("\"kind\": \"logo\"", "\"kind\": \"banner\"")))
                .hasMessage("assets[0].kind (line 67): \"banner\" is not a kind of asset; use \"logo\", \"image\" or \"icon\"");
    }

    @Test
    void read_refusesTheFile_assetNamedTwice() throws IOException {
        assertThat(refusal(changed("\"name\": \"Wave\"", "\"name\": \"logo\"")))
                .hasMessage("assets[1].name (line 74): \"logo\" is already the name of assets[0]; give each asset its own name");
    }

    @Test
    void read_refusesTheFile_badBase64() throws IOException {
        assertThat(refusal(changed("\"data\": \"PHN2", "\"data\": \"*HN2")))
                .hasMessage("assets[0].data (line 71): This is not an image in base64; export the kit again, or put the image's"
                        + " bytes here in base64");
    }

    @Test
    void read_refusesTheFile_svgWithAScript() throws IOException {
        String script = base64(TestImages.svg("width=\"10\" height=\"10\"", "<script>alert(1)</script>"));

        assertThat(refusal(withLogoData(script)))
                .hasMessage("assets[0].data (line 71): \"Logo\" has a script inside; Quire accepts only SVGs without scripts"
                        + " or links to other files");
    }

    @Test
    void read_refusesTheFile_truncatedPng() throws IOException {
        byte[] png = TestImages.png(100, 100);
        String json = withLogoData(base64(Arrays.copyOf(png, png.length / 2))).replace("\"image/svg+xml\"", "\"image/png\"");

        assertThat(refusal(json)).hasMessageStartingWith("assets[0].data (line 71): \"Logo\" cannot be read as an image:"
                + " the file is damaged or incomplete");
    }

    @Test
    void read_refusesTheFile_imageOf50Mb() throws IOException {
        byte[] image = Arrays.copyOf(TestImages.png(8, 8), (int) (50.3 * Megabytes.MB));

        assertThat(refusal(withLogoData(base64(image))))
                .hasMessage("assets[0].data (line 71): This value is too long for a kit file (an image can be at most 20 MB)");
    }

    @Test
    void read_refusesTheFile_mediaTypeThatIsNotTheData() throws IOException {
        assertThat(refusal(changed("\"mediaType\": \"image/svg+xml\"", "\"mediaType\": \"image/png\"")))
                .hasMessage("assets[0].mediaType (line 70): It says \"image/png\" but the data is an SVG image;"
                        + " write \"mediaType\": \"image/svg+xml\"");
    }

    @Test
    void read_refusesTheFile_mediaTypeQuireDoesNotKeep() throws IOException {
        assertThat(refusal(changed("\"mediaType\": \"image/svg+xml\"", "\"mediaType\": \"image/gif\"")))
                .hasMessage("assets[0].mediaType (line 70): \"image/gif\" is not an image type Quire keeps; use \"image/png\","
                        + " \"image/jpeg\" or \"image/svg+xml\"");
    }

    private KitFileException refusal(String json) {
        try {
            file.read(BrandKitFileTest.stream(json), KitFiles.ORG);
        } catch (KitFileException e) {
            return e;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("The file was read without a refusal");
    }

    /** The golden file with {@code from} (which must be in it once at least) changed the first time it appears. */
    private static String changed(String from, String to) throws IOException {
        String golden = BrandKitFileTest.golden();
        assertThat(golden).contains(from);
        return golden.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
    }

    private static String withLogoData(String data) throws IOException {
        String golden = BrandKitFileTest.golden();
        int start = golden.indexOf("\"data\": \"") + "\"data\": \"".length();
        return golden.substring(0, start) + data + golden.substring(golden.indexOf('"', start));
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** A stream of spaces that never ends, counting what it has served. */
    private static final class Endless extends InputStream {
        private long served;

        @Override
        public int read() {
            served++;
            return ' ';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            Arrays.fill(b, off, off + len, (byte) ' ');
            served += len;
            return len;
        }
    }
}
