package studio.quire.app;

import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import studio.quire.db.PostgresBinaries;
import studio.quire.testsupport.TestServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import studio.quire.session.DataDirectory;
import studio.quire.session.SettingsStore;
import static org.assertj.core.api.Assertions.assertThat;
import static studio.quire.testsupport.FxTests.waitUntil;

/**
 * The whole studio on its own embedded server, first run: the window shows at once, the demo
 * organisation and sample project appear, the Switch person menu names people by display name
 * and role, and switching to the demo editor (from the menu) leaves the projects readable but not
 * editable.
 */
@ExtendWith(ApplicationExtension.class)
@studio.quire.testsupport.Slow
class StudioEndToEndTest {
    private Studio studio;
    private Path home;

    @Start
    void start(Stage stage) throws Exception {
        home = Files.createDirectories(TestServer.root().resolve("homes")).resolve("studio-" + System.nanoTime());
        Files.createDirectories(home.resolve("runtime"));
        // Share the unpacked binaries of the test server instead of unpacking them again.
        Files.createSymbolicLink(home.resolve("runtime").resolve("postgresql-" + PostgresBinaries.VERSION),
                TestServer.binariesCache().resolve("postgresql-" + PostgresBinaries.VERSION).toAbsolutePath());
        TestServer.get();
        DataDirectory directory = new DataDirectory(home);
        studio = new Studio(directory, new SettingsStore(directory.settingsFile()), Map.of(), () -> { });
        studio.show(stage, java.util.Optional.empty());
    }

    @AfterEach
    void stop() {
        studio.shutdown();
    }

    @Test
    @SuppressWarnings("unchecked")
    void firstRun_showsTheSampleProject_andTheDemoEditorCannotCreateProjects(FxRobot robot) {
        waitUntil(() -> robot.lookup(".table-view").tryQuery().isPresent()
                && !((TableView<Object>) robot.lookup(".table-view").query()).getItems().isEmpty());
        TableView<Object> table = robot.lookup(".table-view").query();
        assertThat(table.getItems()).hasSize(1);
        // Cells are filled on the next pulse after the items arrive.
        waitUntil(() -> robot.lookup("The Lighthouse Keeper").tryQuery().isPresent());
        assertThat(robot.lookup(".status-item").nth(0).queryLabeled().getText()).startsWith("Embedded database");
        assertThat(robot.lookup("New project").queryButton().isDisabled()).isFalse();

        // Menu popups are unreliable to click under headless Monocle: fire the real menu item instead.
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.Menu switchPerson = (javafx.scene.control.Menu) bar.getMenus().get(0).getItems().stream()
                .filter(i -> "Switch _person".equals(i.getText())).findFirst().orElseThrow();
        assertThat(switchPerson.isVisible()).isTrue();
        waitUntil(() -> switchPerson.getItems().size() == 4);
        // Display names and roles, shown as written (a login's "_" is no mnemonic to swallow).
        assertThat(switchPerson.getItems()).extracting(javafx.scene.control.MenuItem::getText)
                .contains("Cora Consultant (Consultant)", "Eddie Editor (Editor)", "Wren Writer (Writer)")
                .noneMatch(text -> text.startsWith("demo_"));
        assertThat(switchPerson.getItems()).noneMatch(javafx.scene.control.MenuItem::isMnemonicParsing);
        javafx.scene.control.MenuItem editor = switchPerson.getItems().stream()
                .filter(i -> "Eddie Editor (Editor)".equals(i.getText())).findFirst().orElseThrow();
        robot.interact(editor::fire);

        waitUntil(() -> robot.lookup(".status-item").nth(1).queryLabeled().getText().contains("Eddie Editor"));
        waitUntil(() -> robot.lookup("The Lighthouse Keeper").tryQuery().isPresent());
        Button create = robot.lookup("New project").queryButton();
        assertThat(create.isDisabled()).isTrue();
        assertThat(robot.lookup("People").tryQuery().map(n -> n.isVisible()).orElse(false)).isFalse();
    }
}
