package studio.quire.brand.store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import studio.quire.brand.AssetKind;
import studio.quire.brand.BrandAsset;
import studio.quire.brand.BrandKit;
import studio.quire.brand.KitColour;
import studio.quire.brand.KitFont;
import studio.quire.brand.PreferredTerm;
import studio.quire.brand.VoiceRules;
import studio.quire.db.RefusedByDatabaseException;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Brand kits as a consultant, a writer, an editor and someone of another organization meet them. */
class BrandKitRepositoryTest {
    private static TestDatabase db;
    private static TestDatabase.Org harbour;
    private static TestDatabase.Org other;
    private static BrandKitRepository consultant;

    @BeforeAll
    static void database() {
        db = TestServer.get().newDatabase();
        harbour = db.createOrg("Harbour & Co");
        other = db.createOrg("Elsewhere");
        consultant = kitsOf(harbour.consultant());
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    private static BrandKitRepository kitsOf(String login) {
        return new BrandKitRepository(db.open(db.as(login)).dsl());
    }

    static BrandKit harbourKit(UUID orgId, String name) {
        return BrandKit.empty(orgId, name)
                .withColours(List.of(new KitColour("Harbour blue", "#1a4d8f"), new KitColour("Ink", "#111111")))
                .withFonts(List.of(new KitFont("Heading", "Source Serif 4", 700, 64, 48, 80),
                        KitFont.fixed("Body", "Inter", 400, 28)))
                .withVoice(new VoiceRules(List.of("synergy", "world-class"), List.of(new PreferredTerm("sign in", "log in")),
                        25, 50, 80));
    }

    @Test
    void importKit_storesTheKitWithItsImages_orNothingWhenOneImageIsRefused() {
        byte[] logo = "the harbour mark".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        BrandAsset mark = new BrandAsset(UUID.randomUUID(), "Harbour mark", AssetKind.LOGO, "image/png",
                AssetRepository.sha256(logo), 400, 120, 120, 0.25);
        String name = "Imported " + UUID.randomUUID();
        BrandKit imported = consultant.importKit(harbourKit(harbour.id(), name).withAssets(List.of(mark)),
                java.util.Map.of(mark.id(), logo));

        assertThat(consultant.load(imported.id()).orElseThrow().assets()).extracting(BrandAsset::name)
                .containsExactly("Harbour mark");

        String refusedName = "Refused " + UUID.randomUUID();
        BrandAsset lying = new BrandAsset(UUID.randomUUID(), "Liar", AssetKind.IMAGE, "image/png",
                AssetRepository.sha256(logo), 10, 10, 0, 0);
        BrandAsset fine = new BrandAsset(UUID.randomUUID(), "Harbour mark", AssetKind.LOGO, "image/png",
                AssetRepository.sha256(logo), 400, 120, 120, 0.25);
        BrandKit half = harbourKit(harbour.id(), refusedName).withAssets(List.of(fine, lying));
        assertThatThrownBy(() -> consultant.importKit(half, java.util.Map.of(fine.id(), logo,
                lying.id(), "other bytes".getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .isInstanceOf(RuntimeException.class);
        assertThat(consultant.kits()).extracting(KitSummary::name).doesNotContain(refusedName);
    }

    @Test
    void createSaveLoad_keepTheWholeKit_asAConsultantMadeIt() {
        BrandKit created = consultant.create(harbourKit(harbour.id(), "Harbour " + UUID.randomUUID()));
        assertThat(created.version()).isEqualTo(1);

        BrandKit changed = created.withName(created.name() + " (spring)")
                .withColours(List.of(new KitColour("Sea foam", "#A8E6CF"), new KitColour("Harbour blue", "#1A4D8F")))
                .withFonts(List.of(KitFont.fixed("Caption", "Inter", 500, 18)))
                .withVoice(new VoiceRules(List.of("leverage"), List.of(), 20, 60, 70));
        BrandKit saved = consultant.save(changed);

        assertThat(saved.version()).isEqualTo(2);
        BrandKit loaded = consultant.load(created.id()).orElseThrow();
        assertThat(loaded).isEqualTo(changed.atVersion(2));
        assertThat(loaded.colours()).extracting(KitColour::name).containsExactly("Sea foam", "Harbour blue");
        assertThat(consultant.kits()).filteredOn(k -> k.id().equals(created.id())).singleElement()
                .satisfies(k -> {
                    assertThat(k.colourCount()).isEqualTo(2);
                    assertThat(k.fontCount()).isEqualTo(1);
                    assertThat(k.assetCount()).isZero();
                    assertThat(k.version()).isEqualTo(2);
                    assertThat(k.name()).isEqualTo(changed.name());
                });
    }

    @Test
    void save_isRefusedWithNothingStored_whenSomeoneElseSavedTheKitSinceItWasOpened() {
        BrandKit opened = consultant.create(harbourKit(harbour.id(), "Contested " + UUID.randomUUID()));
        BrandKit theirs = kitsOf(harbour.admin()).save(opened.withColours(List.of(new KitColour("Admin red", "#CC0000"))));

        BrandKit mine = opened.withName(opened.name() + " mine").withColours(List.of(new KitColour("Mine", "#00CC00")));
        assertThatThrownBy(() -> consultant.save(mine))
                .isInstanceOf(StaleKitException.class)
                .hasMessageStartingWith("Someone else changed this kit since you opened it")
                .hasMessageContaining("version 1").hasMessageContaining("version 2");

        assertThat(consultant.load(opened.id()).orElseThrow()).isEqualTo(theirs);
    }

    @Test
    void create_isRefused_whenTheKitWasCreatedAlready_soAReplayedCreateChangesNothing() {
        BrandKit kit = harbourKit(harbour.id(), "Replayed " + UUID.randomUUID());
        consultant.create(kit);
        assertThatThrownBy(() -> consultant.create(kit.withName(kit.name() + " again"))).isInstanceOf(StaleKitException.class);
        assertThat(consultant.load(kit.id()).orElseThrow().name()).isEqualTo(kit.name());
    }

    @Test
    void create_isRefusedInWords_whenTheOrganizationHasAKitOfThatNameInAnotherCase() {
        String name = "Twin " + UUID.randomUUID();
        consultant.create(harbourKit(harbour.id(), name));
        assertThatThrownBy(() -> consultant.create(harbourKit(harbour.id(), name.toUpperCase())))
                .isInstanceOf(RefusedByDatabaseException.class)
                .hasMessageStartingWith("There is already a brand kit called");
    }

    @Test
    void writerAndEditor_readTheKit_butEveryWriteIsRefused() {
        BrandKit kit = consultant.create(harbourKit(harbour.id(), "Read only " + UUID.randomUUID()));
        for (String login : List.of(harbour.writer(), harbour.editor())) {
            BrandKitRepository reader = kitsOf(login);
            assertThat(reader.load(kit.id())).as(login).contains(kit);
            assertThat(reader.canEdit(harbour.id())).as(login).isFalse();
            assertThatThrownBy(() -> reader.save(kit.withName("Taken over"))).as(login)
                    .isInstanceOfSatisfying(RefusedByDatabaseException.class, e -> {
                        assertThat(e.sqlState()).isEqualTo("42501");
                        assertThat(e.getMessage()).startsWith("Only consultants and admins");
                    });
            assertThatThrownBy(() -> reader.create(harbourKit(harbour.id(), "Writer's own")))
                    .as(login).isInstanceOf(RefusedByDatabaseException.class);
            assertThatThrownBy(() -> reader.delete(kit.id(), kit.version())).as(login)
                    .isInstanceOf(RefusedByDatabaseException.class);
        }
        assertThat(consultant.canEdit(harbour.id())).isTrue();
        assertThat(consultant.load(kit.id())).contains(kit);
    }

    @Test
    void writerAndEditor_changeNothing_withPlainSql() throws Exception {
        BrandKit kit = consultant.create(harbourKit(harbour.id(), "Psql " + UUID.randomUUID()));
        for (String login : List.of(harbour.writer(), harbour.editor())) {
            try (Connection c = db.rawConnection(db.as(login))) {
                assertThat(changed(c, "update quire.brand_kit set name = 'Mine' where id = ?", kit.id())).as(login).isZero();
                assertThat(changed(c, "update quire.kit_colour set hex = '#000000' where kit_id = ?", kit.id())).isZero();
                assertThat(changed(c, "delete from quire.kit_font where kit_id = ?", kit.id())).isZero();
                assertThat(changed(c, "delete from quire.brand_kit where id = ?", kit.id())).isZero();
                assertRefused(c, "insert into quire.kit_colour (kit_id, org_id, position, name, hex) values (?, '"
                        + harbour.id() + "', 9, 'Sneaky', '#ABCDEF')", kit.id());
                assertRefused(c, "select quire.save_brand_kit(?, '" + harbour.id() + "', 1, 'Mine', '{}', '[]', 0, 0, 100,"
                        + " '[]', '[]', '[]')", kit.id());
            }
        }
        assertThat(consultant.load(kit.id())).contains(kit);
    }

    @Test
    void adminOfAnotherOrganization_seesNoKit_andCannotChangeOne() {
        BrandKit kit = consultant.create(harbourKit(harbour.id(), "Private " + UUID.randomUUID()));
        BrandKitRepository outsider = kitsOf(other.admin());
        assertThat(outsider.kits()).noneMatch(k -> k.orgId().equals(harbour.id()));
        assertThat(outsider.load(kit.id())).isEmpty();
        assertThat(outsider.canEdit(harbour.id())).isFalse();
        assertThatThrownBy(() -> outsider.save(kit.withName("Stolen"))).isInstanceOf(RefusedByDatabaseException.class);
        assertThat(consultant.load(kit.id())).contains(kit);
    }

    @Test
    void delete_removesTheKit_whenAtTheVersionOpened_andIsRefusedWhenStale() {
        BrandKit kit = consultant.create(harbourKit(harbour.id(), "Short lived " + UUID.randomUUID()));
        BrandKit saved = consultant.save(kit.withName(kit.name() + "!"));
        assertThatThrownBy(() -> consultant.delete(kit.id(), 1)).isInstanceOf(StaleKitException.class);
        consultant.delete(saved.id(), saved.version());
        assertThat(consultant.load(kit.id())).isEmpty();
    }

    private static int changed(Connection c, String sql, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, id);
            return ps.executeUpdate();
        } catch (SQLException e) {
            assertThat(e.getSQLState()).as(e.getMessage()).isEqualTo("42501");
            return 0;
        }
    }

    private static void assertRefused(Connection c, String sql, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, id);
            assertThatThrownBy(ps::execute).as(sql).isInstanceOfSatisfying(SQLException.class,
                    e -> assertThat(e.getSQLState()).isEqualTo("42501"));
        }
    }

    static int count(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
