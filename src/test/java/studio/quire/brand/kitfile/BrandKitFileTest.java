package studio.quire.brand.kitfile;

import org.junit.jupiter.api.Test;
import studio.quire.brand.AssetKind;
import studio.quire.brand.BrandAsset;
import studio.quire.brand.BrandKit;
import studio.quire.brand.KitColour;
import studio.quire.brand.VoiceRules;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Writing a kit as one file and reading it back as a new kit of an organization. */
class BrandKitFileTest {
    private static final UUID OTHER_ORG = UUID.fromString("00000000-0000-0000-0000-0000000000b2");

    private final BrandKitFile file = new BrandKitFile(new AssetInspector());

    static String golden() throws IOException {
        try (InputStream in = BrandKitFileTest.class.getResourceAsStream("harbour-ferries.kit.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void write_writesTheGoldenFile_harbourFerries() throws IOException {
        assertThat(written(KitFiles.harbourFerries(), KitFiles.harbourFerriesBytes())).isEqualTo(golden());
    }

    @Test
    void read_readsTheGoldenFile_asANewKitOfTheImportingOrganization() throws IOException {
        BrandKit original = KitFiles.harbourFerries();

        ImportedKit imported = file.read(stream(golden()), OTHER_ORG);

        BrandKit kit = imported.kit();
        assertThat(kit.id()).isNotEqualTo(original.id());
        assertThat(kit.orgId()).isEqualTo(OTHER_ORG);
        assertThat(kit.version()).isZero();
        assertThat(kit.assets()).extracting(BrandAsset::id).doesNotContainAnyElementsOf(List.of(KitFiles.LOGO_ID, KitFiles.WAVE_ID));
        assertThat(kit.colours()).extracting(KitColour::name).containsExactly("Harbour blue", "Ink", "Buoy red", "Sand");
        assertSameContent(kit, original);
        BrandAsset logo = kit.assets().get(0);
        assertThat(imported.assetBytes().get(logo.id())).isEqualTo(TestImages.logoSvg());
        assertThat(logo.sha256()).isEqualTo(new AssetInspector().inspect("logo.svg", TestImages.logoSvg()).sha256());
        assertThat(List.of(logo.widthPx(), logo.heightPx())).containsExactly(240, 120);
    }

    @Test
    void writeThenRead_givesTheSameKitAndTheSameBytes_pngJpegAndSvgAssets() throws IOException {
        AssetInspector inspector = new AssetInspector();
        byte[] png = TestImages.png(300, 200);
        byte[] jpeg = TestImages.jpeg(640, 480);
        UUID photoId = UUID.randomUUID();
        UUID badgeId = UUID.randomUUID();
        BrandKit kit = KitFiles.harbourFerries();
        List<BrandAsset> assets = new ArrayList<>(kit.assets());
        assets.add(KitFiles.asset(photoId, "Ferry at dawn", AssetKind.IMAGE, inspector.inspect("ferry.jpg", jpeg), 0, 0));
        assets.add(KitFiles.asset(badgeId, "Badge", AssetKind.ICON, inspector.inspect("badge.png", png), 24, 0.125));
        kit = kit.withAssets(assets);
        Map<UUID, byte[]> bytes = new LinkedHashMap<>(KitFiles.harbourFerriesBytes());
        bytes.put(photoId, jpeg);
        bytes.put(badgeId, png);

        ImportedKit imported = file.read(stream(written(kit, bytes)), KitFiles.ORG);

        assertSameContent(imported.kit(), kit);
        List<byte[]> readBytes = imported.kit().assets().stream().map(a -> imported.assetBytes().get(a.id())).toList();
        assertThat(readBytes).containsExactlyElementsOf(bytes.values());
    }

    @Test
    void read_givesAnEmptyKit_fileWithOnlyItsName() throws IOException {
        String minimal = "{\"format\": \"quire-brand-kit\", \"formatVersion\": 1, \"meta\": {\"name\": \"Plain\"}}";

        BrandKit kit = file.read(stream(minimal), KitFiles.ORG).kit();

        assertThat(kit.name()).isEqualTo("Plain");
        assertThat(kit.colours()).isEmpty();
        assertThat(kit.fonts()).isEmpty();
        assertThat(kit.assets()).isEmpty();
        assertThat(kit.voice()).isEqualTo(VoiceRules.NONE);
    }

    @Test
    void write_writesEmptyListsAsBrackets_kitWithNothingYet() throws IOException {
        String json = written(BrandKit.empty(KitFiles.ORG, "Plain"), Map.of());

        assertThat(json).contains("\"palette\": {}").contains("\"fonts\": []").contains("\"assets\": []");
        assertThat(file.read(stream(json), KitFiles.ORG).kit().name()).isEqualTo("Plain");
    }

    @Test
    void write_refusesTheKit_assetBytesMissingFromTheStore() {
        BrandKit kit = KitFiles.harbourFerries();

        assertThatThrownBy(() -> file.write(kit, id -> null, new ByteArrayOutputStream()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The image of \"Logo\" is missing from the asset store, so the kit cannot be exported whole");
    }

    /** Same name, palette, fonts, voice and assets, whatever their ids and versions. */
    static void assertSameContent(BrandKit actual, BrandKit expected) {
        assertThat(actual.name()).isEqualTo(expected.name());
        assertThat(actual.colours()).containsExactlyElementsOf(expected.colours());
        assertThat(actual.fonts()).containsExactlyElementsOf(expected.fonts());
        assertThat(actual.voice()).isEqualTo(expected.voice());
        assertThat(actual.assets()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("id")
                .containsExactlyElementsOf(expected.assets());
    }

    private String written(BrandKit kit, Map<UUID, byte[]> bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        file.write(kit, bytes::get, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static InputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
