package studio.quire.brand.store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.quire.brand.AssetKind;
import studio.quire.brand.BrandAsset;
import studio.quire.brand.BrandKit;
import studio.quire.db.RefusedByDatabaseException;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Logos and images with their files: stored once, checked against their fingerprint, kept while in use. */
class AssetRepositoryTest {
    private static TestDatabase db;
    private static TestDatabase.Org harbour;
    private static BrandKitRepository kits;
    private static AssetRepository assets;
    private static TemplateRepository templates;

    @BeforeAll
    static void database() {
        db = TestServer.get().newDatabase();
        harbour = db.createOrg("Harbour & Co");
        var dsl = db.open(db.as(harbour.consultant())).dsl();
        kits = new BrandKitRepository(dsl);
        assets = new AssetRepository(dsl);
        templates = new TemplateRepository(dsl);
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    static BrandAsset logo(String name, byte[] bytes) {
        return new BrandAsset(UUID.randomUUID(), name, AssetKind.LOGO, "image/png", AssetRepository.sha256(bytes), 400, 120,
                80, 0.25);
    }

    private static BrandKit newKit() {
        return kits.create(BrandKitRepositoryTest.harbourKit(harbour.id(), "Kit " + UUID.randomUUID()));
    }

    private static byte[] file(String text) {
        return ("\u0089PNG " + text).getBytes(StandardCharsets.UTF_8);
    }

    private static int contentRows(String sha256) throws Exception {
        try (Connection owner = db.rawConnection(db.owner())) {
            return BrandKitRepositoryTest.count(owner, "select count(*) from quire.asset_content where sha256 = '" + sha256 + "'");
        }
    }

    @Test
    void add_storesTheSameLogoFileOnce_forTwoAssetsOfTheOrganization() throws Exception {
        byte[] bytes = file("the same logo " + UUID.randomUUID());
        BrandKit first = newKit();
        BrandKit second = newKit();
        BrandAsset a = assets.add(first.id(), logo("Mark", bytes), bytes);
        BrandAsset b = assets.add(second.id(), logo("Mark", bytes), bytes);

        assertThat(contentRows(a.sha256())).isEqualTo(1);
        assertThat(assets.bytes(a.id())).isEqualTo(bytes);
        assertThat(assets.bytes(b.id())).isEqualTo(bytes);
        assertThat(kits.load(first.id()).orElseThrow().assets()).containsExactly(a);

        assets.remove(a.id());
        assertThat(contentRows(a.sha256())).as("still used by the second kit's asset").isEqualTo(1);
        assets.remove(b.id());
        assertThat(contentRows(a.sha256())).as("used by no asset any more").isZero();
    }

    @Test
    void add_isRefused_whenTheFileIsNotTheOneItsFingerprintNames() {
        byte[] bytes = file("one file");
        BrandAsset asset = logo("Mark", file("another file"));
        assertThatThrownBy(() -> assets.add(newKit().id(), asset, bytes))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fingerprint");
    }

    @Test
    void add_isRefusedInWords_whenTheFileIsLargerThan20Mb() {
        byte[] bytes = new byte[50 * 1024 * 1024 + 300_000];
        assertThatThrownBy(() -> assets.add(newKit().id(), logo("Huge", bytes), bytes))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A logo can be at most 20 MB (\"Huge\" is 50.3 MB).");
    }

    @Test
    void databaseChecksTheFingerprint_evenWhenSomeoneFilesBytesUnderAnotherHash() throws Exception {
        try (Connection c = db.rawConnection(db.as(harbour.consultant()));
             var ps = c.prepareStatement("insert into quire.asset_content (org_id, sha256, bytes) values (?, ?, ?)")) {
            ps.setObject(1, harbour.id());
            ps.setString(2, AssetRepository.sha256(file("honest")));
            ps.setBytes(3, file("forged"));
            assertThatThrownBy(ps::executeUpdate).hasMessageContaining("asset_content_sha256_matches_check");
        }
    }

    @Test
    void remove_isRefused_whileTheCurrentVersionOfATemplateUsesTheAsset_namingIt() {
        BrandKit kit = newKit();
        byte[] bytes = file("used logo " + UUID.randomUUID());
        BrandAsset used = assets.add(kit.id(), logo("Harbour mark", bytes), bytes);
        StoredTemplate template = templates.create(UUID.randomUUID(), kit.id(), "Spring sale", "{\"layers\": []}");
        assets.recordUses(template.id(), template.version(), Set.of(used.id()));
        assets.recordUses(template.id(), template.version(), Set.of(used.id()));

        assertThat(assets.uses(used.id())).containsExactly(
                new AssetUse(harbour.id(), used.id(), template.id(), "Spring sale", 1, true));
        assertThatThrownBy(() -> assets.remove(used.id()))
                .isInstanceOfSatisfying(RefusedByDatabaseException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("The logo \"Harbour mark\" is used by the template \"Spring sale\" (version 1): take it out"
                                + " of that template, save, and remove it then"));
        assertThatThrownBy(() -> kits.delete(kit.id(), kit.version())).isInstanceOf(RefusedByDatabaseException.class)
                .hasMessageContaining("still has 1 template");
        assertThat(assets.bytes(used.id())).isEqualTo(bytes);

        StoredTemplate without = templates.saveVersion(template.id(), 1, "{\"layers\": [1]}");
        assets.recordUses(without.id(), without.version(), Set.of());
        assertThat(assets.uses(used.id())).extracting(AssetUse::current).containsExactly(false);
        assets.remove(used.id());
        assertThat(kits.load(kit.id()).orElseThrow().assets()).isEmpty();
    }

    @Test
    void kitSave_changesTheAssetsMetadata_butNotTheirFiles() {
        BrandKit kit = newKit();
        byte[] bytes = file("renamed " + UUID.randomUUID());
        BrandAsset asset = assets.add(kit.id(), logo("Old name", bytes), bytes);
        BrandKit opened = kits.load(kit.id()).orElseThrow();
        BrandAsset renamed = new BrandAsset(asset.id(), "New name", AssetKind.ICON, asset.mediaType(), asset.sha256(),
                asset.widthPx(), asset.heightPx(), 32, 0.5);

        BrandKit saved = kits.save(opened.withAssets(List.of(renamed)));

        assertThat(saved.assets()).containsExactly(renamed);
        assertThat(assets.bytes(asset.id())).isEqualTo(bytes);
    }
}
