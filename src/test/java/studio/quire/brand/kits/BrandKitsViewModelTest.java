package studio.quire.brand.kits;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.quire.brand.AssetKind;
import studio.quire.brand.BrandAsset;
import studio.quire.brand.KitColour;
import studio.quire.brand.KitFont;
import studio.quire.brand.store.AssetRepository;
import studio.quire.brand.store.BrandKitRepository;
import studio.quire.brand.store.KitSummary;
import studio.quire.testsupport.TestDatabase;
import studio.quire.testsupport.TestServer;
import studio.quire.ui.SameThreadTaskExecutor;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The Brand kits page's view model against the real database, as a consultant and as a writer use it. */
class BrandKitsViewModelTest {
    private static TestDatabase db;

    @TempDir
    Path dir;

    @BeforeAll
    static void database() {
        db = TestServer.get().newDatabase();
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    private static BrandKitsViewModel page(TestDatabase.Org org, String login, boolean canEdit) {
        var dsl = db.open(db.as(login)).dsl();
        BrandKitsViewModel vm = new BrandKitsViewModel(new BrandKitRepository(dsl), new AssetRepository(dsl), org.id(),
                canEdit, new SameThreadTaskExecutor());
        vm.load();
        return vm;
    }

    private static BrandKitsViewModel consultant(TestDatabase.Org org) {
        return page(org, org.consultant(), true);
    }

    @Test
    void newKit_thenEditAndSave_isWhatTheNextVisitSees() {
        TestDatabase.Org org = db.createOrg("Kits new");
        BrandKitsViewModel vm = consultant(org);
        assertThat(vm.emptyTextProperty().get()).isEqualTo(BrandKitsViewModel.EMPTY_EDITOR);

        vm.newKitCommand().execute();
        vm.edits().rename("Harbour Ferries");
        vm.edits().addColour();
        vm.edits().changeColour(2, c -> new KitColour("Harbour blue", "#1a6fb0"));
        vm.edits().addFont();
        assertThat(vm.draft().dirtyProperty().get()).isTrue();
        vm.saveCommand().execute();

        assertThat(vm.messageProperty().get()).isEqualTo("Saved “Harbour Ferries”.");
        assertThat(vm.draft().dirtyProperty().get()).isFalse();
        BrandKitsViewModel again = consultant(org);
        assertThat(again.kits()).extracting(KitSummary::name).containsExactly("Harbour Ferries");
        assertThat(again.draft().colours()).extracting(KitColour::name).containsExactly("Ink", "Paper", "Harbour blue");
        assertThat(again.draft().fonts()).extracting(KitFont::role).containsExactly("Body");
    }

    @Test
    void edits_thatTheKitsRulesRefuse_sayWhy_andChangeNothing() {
        TestDatabase.Org org = db.createOrg("Kits refused");
        BrandKitsViewModel vm = consultant(org);
        vm.newKitCommand().execute();

        boolean applied = vm.edits().changeColour(1, c -> new KitColour("ink", c.hex()));

        assertThat(applied).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("Two of the kit's colours are called \"ink\"");
        assertThat(vm.draft().colours()).extracting(KitColour::name).containsExactly("Ink", "Paper");
        assertThat(vm.draft().dirtyProperty().get()).isFalse();
    }

    @Test
    void undoAndRevert_bringEarlierStatesBack_andUnsavedEditsKeepTheKitOpen() {
        TestDatabase.Org org = db.createOrg("Kits undo");
        BrandKitsViewModel vm = consultant(org);
        vm.newKitCommand().execute();
        vm.newKitCommand().execute();
        assertThat(vm.kits()).hasSize(2);
        vm.edits().removeColour(0);
        vm.edits().removeColour(0);
        assertThat(vm.draft().colours()).isEmpty();

        vm.undoCommand().execute();
        assertThat(vm.draft().colours()).extracting(KitColour::name).containsExactly("Paper");

        KitSummary other = vm.kits().stream().filter(k -> !k.id().equals(vm.draft().edited().id())).findFirst().orElseThrow();
        assertThat(vm.select(other)).isFalse();
        assertThat(vm.messageProperty().get()).startsWith("Save or revert the changes to");

        vm.revertCommand().execute();
        assertThat(vm.draft().colours()).extracting(KitColour::name).containsExactly("Ink", "Paper");
        assertThat(vm.select(other)).isTrue();
        assertThat(vm.draft().edited().id()).isEqualTo(other.id());
    }

    @Test
    void save_afterSomeoneElseSaved_saysSo_keepsTheEdits_andTheNextSaveWins() {
        TestDatabase.Org org = db.createOrg("Kits stale");
        BrandKitsViewModel mine = consultant(org);
        mine.newKitCommand().execute();
        BrandKitsViewModel theirs = page(org, org.admin(), true);
        theirs.edits().rename("Their name");
        theirs.saveCommand().execute();

        mine.edits().rename("My name");
        mine.saveCommand().execute();

        assertThat(mine.messageProperty().get()).isEqualTo(BrandKitsViewModel.STALE);
        assertThat(mine.draft().edited().name()).isEqualTo("My name");
        assertThat(mine.draft().dirtyProperty().get()).isTrue();

        mine.saveCommand().execute();
        assertThat(mine.messageProperty().get()).isEqualTo("Saved “My name”.");
        assertThat(consultant(org).draft().edited().name()).isEqualTo("My name");
    }

    @Test
    void writer_seesTheKits_butNoCommandOrEditChangesAnything() {
        TestDatabase.Org org = db.createOrg("Kits read");
        consultant(org).newKitCommand().execute();

        BrandKitsViewModel vm = page(org, org.writer(), false);

        assertThat(vm.kits()).hasSize(1);
        assertThat(vm.readOnlyNotice()).isEqualTo(BrandKitsViewModel.READ_ONLY);
        assertThat(vm.newKitCommand().isExecutable()).isFalse();
        assertThat(vm.deleteCommand().isExecutable()).isFalse();
        vm.edits().removeColour(0);
        assertThat(vm.draft().colours()).hasSize(2);
        assertThat(vm.saveCommand().isExecutable()).isFalse();
    }

    @Test
    void exportThenImport_makesASecondKitWithTheSameColoursAndLogo() throws Exception {
        TestDatabase.Org org = db.createOrg("Kits files");
        BrandKitsViewModel vm = consultant(org);
        vm.newKitCommand().execute();
        vm.edits().rename("Harbour");
        vm.saveCommand().execute();
        Path logo = dir.resolve("harbour-mark.png");
        ImageIO.write(new BufferedImage(300, 100, BufferedImage.TYPE_INT_ARGB), "png", logo.toFile());
        vm.files().addAsset(logo, AssetKind.LOGO);
        assertThat(vm.draft().assets()).extracting(BrandAsset::name).containsExactly("harbour-mark");
        Path file = dir.resolve("harbour.brandkit.json");

        vm.files().exportFile(file);
        vm.files().importFile(file);

        assertThat(vm.messageProperty().get()).isEqualTo("Imported “Harbour 2” from harbour.brandkit.json.");
        assertThat(vm.kits()).extracting(KitSummary::name).containsExactlyInAnyOrder("Harbour", "Harbour 2");
        assertThat(vm.draft().edited().name()).isEqualTo("Harbour 2");
        assertThat(vm.draft().assets()).singleElement().satisfies(a -> {
            assertThat(a.widthPx()).isEqualTo(300);
            assertThat(a.minWidthPx()).isEqualTo(120);
        });
        assertThat(Files.list(dir)).noneMatch(p -> p.toString().endsWith(".part"));
    }

    @Test
    void importFile_ofABrokenFile_saysWhere_andMakesNoKit() throws Exception {
        TestDatabase.Org org = db.createOrg("Kits broken");
        BrandKitsViewModel vm = consultant(org);
        Path file = Files.writeString(dir.resolve("broken.brandkit.json"), "{\"format\": \"quire-brand-kit\", \"formatVersion\": 1,");

        vm.files().importFile(file);

        assertThat(vm.messageProperty().get()).isNotBlank().doesNotContain("Exception");
        assertThat(vm.kits()).isEmpty();
    }

    @Test
    void addAsset_ofAFileThatIsNoImage_saysSo_andAddsNothing() throws Exception {
        TestDatabase.Org org = db.createOrg("Kits bad image");
        BrandKitsViewModel vm = consultant(org);
        vm.newKitCommand().execute();
        Path notImage = Files.writeString(dir.resolve("notes.png"), "these are my notes, not a picture");

        vm.files().addAsset(notImage, AssetKind.LOGO);

        assertThat(vm.messageProperty().get()).contains("notes.png").contains("PNG, JPEG or SVG");
        assertThat(vm.draft().assets()).isEmpty();
    }
}
