package studio.quire.brand.kits;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import studio.quire.brand.KitColour;
import studio.quire.brand.store.AssetRepository;
import studio.quire.brand.store.BrandKitRepository;
import studio.quire.brand.store.KitSummary;
import studio.quire.testsupport.DatabaseViewTest;
import studio.quire.testsupport.FxTests;
import studio.quire.testsupport.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static studio.quire.testsupport.FxTests.waitUntil;

/** The Brand kits page driven like a consultant (and a writer) would, against the real database. */
class BrandKitsViewTest extends DatabaseViewTest {
    private BrandKitsViewModel viewModel;

    private void mount(FxRobot robot, TestDatabase.Org org, String login, boolean canEdit) {
        robot.interact(() -> {
            var dsl = db.open(db.as(login)).dsl();
            viewModel = new BrandKitsViewModel(new BrandKitRepository(dsl), new AssetRepository(dsl), org.id(), canEdit,
                    executor);
            root.setCenter(new BrandKitsView(viewModel));
            viewModel.load();
        });
    }

    @SuppressWarnings("unchecked")
    private static ListView<KitSummary> kitList(FxRobot robot) {
        return robot.lookup("#kitList").queryAs(ListView.class);
    }

    private static String message(FxRobot robot) {
        return robot.lookup("#messageLabel").queryAs(Label.class).getText();
    }

    @Test
    void consultant_startsAKit_namesIt_renamesAColour_andSavesWithCtrlS(FxRobot robot) {
        TestDatabase.Org org = db.createOrg("Kits view");
        mount(robot, org, org.consultant(), true);
        waitUntil(() -> robot.lookup("#emptyLabel").queryAs(Label.class).isVisible());

        robot.clickOn("#newButton");
        waitUntil(() -> kitList(robot).getItems().size() == 1 && viewModel.draft().edited() != null);
        TextField name = robot.lookup("#nameField").queryAs(TextField.class);
        robot.doubleClickOn(name).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("Harbour Ferries").type(KeyCode.ENTER);
        TextField colourName = robot.lookup((Node n) -> n instanceof TextField t && "Ink".equals(t.getText())
                && FxTests.visible(t)).queryAs(TextField.class);
        robot.doubleClickOn(colourName).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("Harbour ink").type(KeyCode.ENTER);
        waitUntil(() -> viewModel.draft().colours().stream().map(KitColour::name).toList().contains("Harbour ink"));
        assertThat(robot.lookup("#saveButton").queryAs(Button.class).isDisabled()).isFalse();

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        waitUntil(() -> message(robot).equals("Saved “Harbour Ferries”."));
        waitUntil(() -> kitList(robot).getItems().stream().anyMatch(k -> k.name().equals("Harbour Ferries")));
        assertThat(robot.lookup("#saveButton").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup(".swatch").queryAll()).hasSize(2);
    }

    @Test
    void writer_readsTheKit_withEveryControlOff_andSaysWhy(FxRobot robot) {
        TestDatabase.Org org = db.createOrg("Kits view read");
        var dsl = db.open(db.as(org.consultant())).dsl();
        new BrandKitRepository(dsl).create(studio.quire.brand.BrandKit.empty(org.id(), "Harbour Ferries")
                .withColours(java.util.List.of(new KitColour("Harbour blue", "#1A6FB0"))));

        mount(robot, org, org.writer(), false);

        waitUntil(() -> viewModel.draft().edited() != null);
        Label notice = robot.lookup("#readOnlyLabel").queryAs(Label.class);
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).isEqualTo(BrandKitsViewModel.READ_ONLY);
        for (String id : new String[]{"#newButton", "#importButton", "#saveButton", "#deleteButton", "#nameField"}) {
            assertThat(robot.lookup(id).queryAs(Node.class).isDisabled()).as(id).isTrue();
        }
        assertThat(robot.lookup(".swatch .color-picker").queryAs(ColorPicker.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#exportButton").queryAs(Button.class).isDisabled()).isFalse();
    }
}
