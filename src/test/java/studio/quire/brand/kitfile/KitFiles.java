package studio.quire.brand.kitfile;

import studio.quire.brand.AssetKind;
import studio.quire.brand.BrandAsset;
import studio.quire.brand.BrandKit;
import studio.quire.brand.KitColour;
import studio.quire.brand.KitFont;
import studio.quire.brand.PreferredTerm;
import studio.quire.brand.VoiceRules;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The Harbour Ferries kit the kit-file tests write and read, with the bytes of its assets. */
final class KitFiles {
    static final UUID ORG = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    static final UUID LOGO_ID = UUID.fromString("00000000-0000-0000-0000-00000000010a");
    static final UUID WAVE_ID = UUID.fromString("00000000-0000-0000-0000-00000000010b");
    static final byte[] WAVE_SVG = ("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 32 32\">"
            + "<path d=\"M0 16 Q8 8 16 16 T32 16\" fill=\"none\" stroke=\"#1A6FB0\"/></svg>").getBytes(StandardCharsets.UTF_8);

    private KitFiles() {
    }

    /** The kit with two SVG assets: the golden file's kit. */
    static BrandKit harbourFerries() {
        InspectedAsset logo = new AssetInspector().inspect("logo.svg", TestImages.logoSvg());
        InspectedAsset wave = new AssetInspector().inspect("wave.svg", WAVE_SVG);
        return new BrandKit(UUID.fromString("00000000-0000-0000-0000-0000000000c1"), ORG, "Harbour Ferries", 7,
                List.of(new KitColour("Harbour blue", "#1A6FB0"), new KitColour("Ink", "#14213D"),
                        new KitColour("Buoy red", "#E63946"), new KitColour("Sand", "#F1E3C8")),
                List.of(new KitFont("Heading", "Source Serif 4", 700, 64, 48, 72), new KitFont("Body", "Inter", 400, 18, 14, 22.5),
                        KitFont.fixed("Caption", "Inter", 500, 14)),
                List.of(asset(LOGO_ID, "Logo", AssetKind.LOGO, logo, 120, 0.25), asset(WAVE_ID, "Wave", AssetKind.ICON, wave, 16, 0)),
                new VoiceRules(List.of("synergy", "world-class"), List.of(new PreferredTerm("sign in", "log in"),
                        new PreferredTerm("crossing", "trip")), 25, 50, 80));
    }

    static Map<UUID, byte[]> harbourFerriesBytes() {
        Map<UUID, byte[]> bytes = new LinkedHashMap<>();
        bytes.put(LOGO_ID, TestImages.logoSvg());
        bytes.put(WAVE_ID, WAVE_SVG);
        return bytes;
    }

    static BrandAsset asset(UUID id, String name, AssetKind kind, InspectedAsset inspected, int minWidth, double clearSpace) {
        return new BrandAsset(id, name, kind, inspected.mediaType(), inspected.sha256(), inspected.widthPx(),
                inspected.heightPx(), minWidth, clearSpace);
    }
}
