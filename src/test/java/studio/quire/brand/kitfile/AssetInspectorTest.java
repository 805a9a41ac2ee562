package studio.quire.brand.kitfile;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the asset inspector accepts, and each refusal in the words a designer reads. */
class AssetInspectorTest {
    private static final String SVG_TAIL = "; Quire accepts only SVGs without scripts or links to other files";

    private final AssetInspector inspector = new AssetInspector();

    @Test
    void inspect_readsTypeSizeAndHash_png() throws Exception {
        byte[] png = TestImages.png(200, 100);

        InspectedAsset asset = inspector.inspect("ferry.png", png);

        assertThat(asset.mediaType()).isEqualTo("image/png");
        assertThat(asset.widthPx()).isEqualTo(200);
        assertThat(asset.heightPx()).isEqualTo(100);
        assertThat(asset.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png)))
                .matches("[0-9a-f]{64}");
    }

    @Test
    void inspect_decidesTheTypeFromTheContent_jpegNamedPng() {
        InspectedAsset asset = inspector.inspect("ferry.png", TestImages.jpeg(64, 48));

        assertThat(asset.mediaType()).isEqualTo("image/jpeg");
        assertThat(asset.widthPx()).isEqualTo(64);
        assertThat(asset.heightPx()).isEqualTo(48);
    }

    @Test
    void inspect_readsTheSizeFromWidthAndHeight_svgInPixels() {
        InspectedAsset asset = inspector.inspect("logo.svg", TestImages.svg("width=\"240px\" height=\"120\"", ""));

        assertThat(asset.mediaType()).isEqualTo("image/svg+xml");
        assertThat(asset.widthPx()).isEqualTo(240);
        assertThat(asset.heightPx()).isEqualTo(120);
    }

    @Test
    void inspect_readsTheSizeFromTheViewBox_svgMeasuredInCentimetres() {
        InspectedAsset asset = inspector.inspect("logo.svg", TestImages.svg("width=\"10cm\" height=\"5cm\" viewBox=\"0,0 400 200\"", ""));

        assertThat(asset.widthPx()).isEqualTo(400);
        assertThat(asset.heightPx()).isEqualTo(200);
    }

    @Test
    void inspect_keepsTheViewBoxProportions_svgWithOnlyAWidth() {
        InspectedAsset asset = inspector.inspect("logo.svg", TestImages.svg("width=\"300\" viewBox=\"0 0 400 200\"", ""));

        assertThat(asset.widthPx()).isEqualTo(300);
        assertThat(asset.heightPx()).isEqualTo(150);
    }

    @Test
    void inspect_acceptsInternalReferencesAndEmbeddedBitmaps_svgAsIllustratorWritesIt() {
        String svg = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 120 60">
                  <defs><linearGradient id="sea"><stop offset="0" stop-color="#1A6FB0"/></linearGradient>
                    <style>.wave { fill: url(#sea); }</style></defs>
                  <rect id="hull" class="wave" width="120" height="60" style="fill:url('#sea')"/>
                  <use xlink:href="#hull" href="#hull"/>
                  <image width="10" height="10" href="data:image/png;base64,iVBORw0KGgo="/>
                  <text>Harbour &amp; Ferries</text>
                </svg>
                """;

        InspectedAsset asset = inspector.inspect("logo.svg", svg.getBytes(StandardCharsets.UTF_8));

        assertThat(asset.widthPx()).isEqualTo(120);
        assertThat(asset.heightPx()).isEqualTo(60);
    }

    @Test
    void inspect_refusesTheFile_50Mb() {
        byte[] bytes = new byte[(int) (50.3 * Megabytes.MB)];

        assertThatThrownBy(() -> inspector.inspect("ferry.png", bytes)).isInstanceOf(AssetRefusedException.class)
                .hasMessage("ferry.png is 50.3 MB; a brand asset can be at most 20 MB");
    }

    @Test
    void inspect_refusesTheFile_oneBytePast20Mb() {
        byte[] bytes = Arrays.copyOf(TestImages.png(8, 8), (int) AssetInspector.MAX_BYTES + 1);

        assertThatThrownBy(() -> inspector.inspect("ferry.png", bytes))
                .hasMessage("ferry.png is a little over 20 MB; a brand asset can be at most 20 MB");
    }

    @Test
    void inspect_refusesTheFile_empty() {
        assertThatThrownBy(() -> inspector.inspect("ferry.png", new byte[0]))
                .hasMessage("ferry.png is empty (0 bytes); choose the image file itself and add it again");
    }

    @Test
    void inspect_refusesTheFile_pdfNamedPng() {
        byte[] pdf = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> inspector.inspect("ferry.png", pdf))
                .hasMessage("ferry.png is not a PNG, JPEG or SVG image; save it in one of those formats and add it again");
    }

    @Test
    void inspect_refusesTheFile_xmlThatIsNoSvg() {
        byte[] html = "<html><body>Harbour</body></html>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> inspector.inspect("logo.svg", html)).hasMessageContaining("logo.svg is not a PNG, JPEG or SVG image");
    }

    @Test
    void inspect_refusesTheFile_truncatedPng() {
        byte[] png = TestImages.png(200, 100);

        assertThatThrownBy(() -> inspector.inspect("ferry.png", Arrays.copyOf(png, png.length / 2)))
                .hasMessage("ferry.png cannot be read as an image: the file is damaged or incomplete;"
                        + " export it again from the program that made it");
    }

    @Test
    void inspect_refusesTheFile_truncatedJpeg() {
        byte[] jpeg = TestImages.jpeg(200, 100);

        assertThatThrownBy(() -> inspector.inspect("ferry.jpg", Arrays.copyOf(jpeg, jpeg.length / 2)))
                .hasMessageStartingWith("ferry.jpg cannot be read as an image: the file is damaged or incomplete");
    }

    @Test
    void inspect_refusesTheFile_pngCutInItsHeader() {
        byte[] png = TestImages.png(200, 100);

        assertThatThrownBy(() -> inspector.inspect("ferry.png", Arrays.copyOf(png, 20)))
                .hasMessageStartingWith("ferry.png cannot be read as an image: the file is damaged or incomplete");
    }

    @Test
    void inspect_refusesTheFile_svgBrokenAfterItsRoot() {
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><g>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> inspector.inspect("logo.svg", svg))
                .hasMessageStartingWith("logo.svg cannot be read as an image: the file is damaged or incomplete");
    }

    @Test
    void inspect_refusesTheFile_pngWiderThan12000Pixels() {
        assertThatThrownBy(() -> inspector.inspect("banner.png", TestImages.png(12_001, 1)))
                .hasMessage("banner.png is 12,001 × 1 pixels; a brand asset can be at most 12,000 pixels on a side,"
                        + " so scale it down and add it again");
    }

    @Test
    void inspect_refusesTheFile_svgTallerThan12000Pixels() {
        assertThatThrownBy(() -> inspector.inspect("logo.svg", TestImages.svg("viewBox=\"0 0 100 50000\"", "")))
                .hasMessageStartingWith("logo.svg is 100 × 50,000 pixels; a brand asset can be at most 12,000 pixels on a side");
    }

    @Test
    void inspect_refusesTheFile_svgWithoutASize() {
        assertThatThrownBy(() -> inspector.inspect("logo.svg", TestImages.svg("width=\"100%\"", "")))
                .hasMessage("logo.svg has no size; give its <svg> a width and height in pixels or a viewBox, and export it again");
    }

    @Test
    void inspect_refusesTheFile_svgWithAScript() {
        byte[] svg = TestImages.svg("width=\"10\" height=\"10\"", "<script>alert('hi')</script>");

        assertThatThrownBy(() -> inspector.inspect("logo.svg", svg)).isInstanceOf(AssetRefusedException.class)
                .hasMessage("logo.svg has a script inside" + SVG_TAIL);
    }

    @Test
    void inspect_refusesTheFile_svgWithForeignObject() {
        byte[] svg = TestImages.svg("width=\"10\" height=\"10\"", "<foreignObject><div>hi</div></foreignObject>");

        assertThatThrownBy(() -> inspector.inspect("logo.svg", svg))
                .hasMessage("logo.svg has web content inside (<foreignObject>)" + SVG_TAIL);
    }

    @Test
    void inspect_refusesTheFile_svgWithAnEventAttribute() {
        byte[] svg = TestImages.svg("width=\"10\" height=\"10\" onload=\"alert(1)\"", "");

        assertThatThrownBy(() -> inspector.inspect("logo.svg", svg))
                .hasMessage("logo.svg has a script inside (an onload attribute)" + SVG_TAIL);
    }

    @Test
    void inspect_refusesTheFile_svgWithAJavascriptLink() {
        byte[] svg = TestImages.svg("width=\"10\" height=\"10\"", "<a xlink:href=\" JavaScript:alert(1)\"><rect/></a>");

        assertThatThrownBy(() -> inspector.inspect("logo.svg", svg))
                .hasMessage("logo.svg has a script inside (a href that runs code)" + SVG_TAIL);
    }

    @Test
    void inspect_refusesTheFile_svgWithAnHtmlDataUrl() {
        byte[] svg = TestImages.svg("width=\"10\" height=\"10\"", "<image href=\"data:text/html;base64,PHNjcmlwdD4=\"/>");

        assertThatThrownBy(() -> inspector.inspect("logo.svg", svg)).hasMessageStartingWith("logo.svg has a script inside");
    }

    @Test
    void inspect_refusesTheFile_svgLinkingToAWebImage() {
        byte[] svg = TestImages.svg("width=\"10\" height=\"10\"", "<image xlink:href=\"https://cdn.example.com/ferry.png\"/>");

        assertThatThrownBy(() -> inspector.inspect("logo.svg", svg))
                .hasMessage("logo.svg links to another file (https://cdn.example.com/ferry.png)" + SVG_TAIL);
    }

    @Test
    void inspect_refusesTheFile_svgLinkingToALocalFile() {
        byte[] svg = TestImages.svg("width=\"10\" height=\"10\"", "<use href=\"file:///etc/passwd#x\"/>");

        assertThatThrownBy(() -> inspector.inspect("logo.svg", svg))
                .hasMessage("logo.svg links to another file (file:///etc/passwd#x)" + SVG_TAIL);
    }

    @Test
    void inspect_refusesTheFile_svgWithAStyleFetchingAFont() {
        byte[] svg = TestImages.svg("width=\"10\" height=\"10\"",
                "<style>@font-face { src: url(http://fonts.example.com/a.woff) }</style>");

        assertThatThrownBy(() -> inspector.inspect("logo.svg", svg))
                .hasMessage("logo.svg links to another file (http://fonts.example.com/a.woff)" + SVG_TAIL);
    }

    @Test
    void inspect_refusesTheFile_svgWithXInclude() {
        byte[] svg = TestImages.svg("width=\"10\" height=\"10\" xmlns:xi=\"http://www.w3.org/2001/XInclude\"",
                "<xi:include href=\"file:///etc/passwd\" parse=\"text\"/>");

        assertThatThrownBy(() -> inspector.inspect("logo.svg", svg)).hasMessageStartingWith("logo.svg links to another file");
    }

    @Test
    void inspect_refusesTheFile_svgWithAnExternalEntity() {
        String svg = """
                <?xml version="1.0"?>
                <!DOCTYPE svg [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
                <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>&secret;</text></svg>
                """;

        assertThatThrownBy(() -> inspector.inspect("logo.svg", svg.getBytes(StandardCharsets.UTF_8)))
                .hasMessage("logo.svg declares its own entities or DTD rules inside; Quire accepts only plain SVGs,"
                        + " so export it again without a DTD");
    }

    @Test
    void inspect_refusesTheFileBeforeExpandingAnything_billionLaughs() {
        StringBuilder svg = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE svg [\n<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i < 10; i++) {
            svg.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        svg.append("]>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><text>&lol9;</text></svg>");

        assertThatThrownBy(() -> inspector.inspect("laughs.svg", svg.toString().getBytes(StandardCharsets.UTF_8)))
                .hasMessageStartingWith("laughs.svg declares its own entities or DTD rules inside");
    }
}
