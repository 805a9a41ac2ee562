package studio.quire.app.window;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import studio.quire.session.Session;
import studio.quire.session.Settings;
import studio.quire.session.SwitchablePerson;
import studio.quire.ui.Command;
import studio.quire.ui.Fxml;
import studio.quire.ui.Shortcut;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import studio.quire.app.signin.SessionViewModel;
import studio.quire.app.signin.WindowActions;
import studio.quire.app.signin.SessionMenus;
import studio.quire.app.pages.SidebarPage;

/**
 * The menu bar: File (switch person or organization, team server, reconnect, quit), View (the
 * pages, in the order of their keys, and the theme) and Help. Every key comes from {@link Shortcut}.
 */
final class WindowMenusView extends MenuBar {
    private final MainWindowViewModel viewModel;
    private final SessionViewModel session;

    @FXML private Menu switchPersonMenu;
    @FXML private Menu organizationMenu;
    @FXML private MenuItem retryItem;
    @FXML private MenuItem useEmbeddedItem;
    @FXML private Menu viewMenu;
    @FXML private CheckMenuItem darkThemeItem;
    @FXML private MenuItem quitItem;
    @FXML private MenuItem shortcutsItem;

    /** @param chosen runs after a page's item is chosen (the window shows the page) */
    WindowMenusView(MainWindowViewModel viewModel, List<SidebarPage> pages, Runnable chosen) {
        this.viewModel = viewModel;
        this.session = viewModel.session();
        Fxml.loadInto(this);
        List<SidebarPage> byKey = pages.stream().sorted(Comparator.comparing(SidebarPage::shortcut)).toList();
        for (int at = 0; at < byKey.size(); at++) {
            SidebarPage page = byKey.get(at);
            Command show = viewModel.navigation().showCommand(page.id());
            MenuItem item = new MenuItem(page.title());
            item.setId(page.id() + "Item");
            item.setAccelerator(page.shortcut().key());
            item.disableProperty().bind(show.executableProperty().not());
            item.setOnAction(e -> {
                show.execute();
                chosen.run();
            });
            viewMenu.getItems().add(at, item);
        }
        Map.of(darkThemeItem, Shortcut.THEME, shortcutsItem, Shortcut.SHORTCUTS, quitItem, Shortcut.QUIT)
                .forEach((item, key) -> item.setAccelerator(key.key()));
        retryItem.disableProperty().bind(session.retryCommand().executableProperty().not());
        switchPersonMenu.visibleProperty().bind(session.embeddedProperty());
        useEmbeddedItem.visibleProperty().bind(session.serverSignIn().serverChosenProperty());
        session.switchablePeople().addListener((ListChangeListener<SwitchablePerson>) c -> fillPeople());
        switchPersonMenu.setOnShowing(e -> session.refreshSwitchablePeople());
        session.sessionProperty().addListener((obs, old, now) -> signedIn(now));
        darkThemeItem.setSelected(viewModel.themeProperty().get() == Settings.Theme.DARK);
        viewModel.themeProperty().addListener((obs, o, theme) -> darkThemeItem.setSelected(theme == Settings.Theme.DARK));
    }

    private void signedIn(Session now) {
        if (now != null) {
            fillPeople();
        }
        SessionMenus.fillOrganizations(organizationMenu, session, now);
    }

    private void fillPeople() {
        SessionMenus.fillPeople(switchPersonMenu, session);
    }

    @FXML
    private void onRetry() {
        session.retryCommand().execute();
    }

    @FXML
    private void onToggleTheme() {
        viewModel.toggleThemeCommand().execute();
    }

    @FXML
    private void onConnectToServer() {
        WindowActions.connectToServer(this, session.serverSignIn());
    }

    @FXML
    private void onUseEmbedded() {
        session.serverSignIn().useEmbeddedDatabase();
    }

    @FXML
    private void onQuit() {
        WindowActions.quit(this);
    }

    @FXML
    private void onShortcuts() {
        Dialogs.shortcuts(getScene().getWindow()).show();
    }

    @FXML
    private void onAbout() {
        Dialogs.about(getScene().getWindow(), session.sessionProperty().get()).show();
    }
}
