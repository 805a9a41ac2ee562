package studio.quire.app.window;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import studio.quire.project.Project;
import studio.quire.session.Session;
import studio.quire.ui.Pulses;

import java.util.List;
import java.util.Optional;

import studio.quire.app.signin.SignInView;
import studio.quire.app.pages.SidebarPage;
import studio.quire.app.pages.PagesView;
import studio.quire.app.pages.FeatureViews;
import studio.quire.app.pages.SidebarView;
import studio.quire.app.pages.NavigationViewModel;

/**
 * The studio's window: menus, the sidebar of the pages the composition root lists, the page shown,
 * and a status bar that tells where the data is and who is signed in. Shows a connecting state at
 * once while the database starts, and a clear failure with a retry when it cannot.
 */
public final class MainWindowView extends BorderPane {
    private final MainWindowViewModel viewModel;
    private final FeatureViews features;
    private final SidebarView sidebar;
    private final PagesView pages;
    private final StatusBarView statusBar;
    private final WindowChrome chrome;

    public MainWindowView(MainWindowViewModel viewModel, FeatureViews features) {
        this.viewModel = viewModel;
        this.features = features;
        List<SidebarPage> list = List.copyOf(features.pages());
        NavigationViewModel navigation = viewModel.navigation();
        list.forEach(page -> navigation.offer(page.id(), page.availability()));
        getStyleClass().add("main-window");
        sidebar = new SidebarView(list, navigation, this::showPage);
        pages = new PagesView(list);
        statusBar = new StatusBarView(viewModel.statusBar());
        WindowMenusView menus = new WindowMenusView(viewModel, list, this::showPage);
        pages.visibleProperty().bind(viewModel.session().readyProperty());
        setTop(menus);
        setLeft(sidebar);
        setCenter(new StackPane(pages, new SignInView(viewModel.session())));
        setBottom(statusBar);
        chrome = new WindowChrome(navigation.projectPageShownProperty(), List.of(menus, sidebar, statusBar));
        navigation.openProjectProperty().addListener((obs, old, project) -> showProject(project));
        navigation.pageProperty().addListener((obs, old, page) -> showPage());
        viewModel.session().sessionProperty().addListener((obs, old, session) -> showSession(session));
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                addIconsAfterFirstLayout(scene);
            }
        });
    }

    /**
     * Icons come one frame after the window: loading the icon font costs about 100 ms, which
     * the first frame (a window that shows Quire is starting) should not wait for.
     */
    private void addIconsAfterFirstLayout(Scene scene) {
        Pulses.afterNextLayout(scene, () -> Platform.runLater(() -> {
            sidebar.addIcons();
            statusBar.addIcons();
        }));
    }

    private void showSession(Session session) {
        closeManuscript();
        pages.clear();
        sidebar.clearCounts();
        statusBar.showSessionItem(Optional.empty());
        if (session != null) {
            statusBar.showSessionItem(features.statusItem(session));
            pages.build(session, sidebar::showCount);
        }
        showPage();
    }

    private void showProject(Project project) {
        closeManuscript();
        Session session = viewModel.session().sessionProperty().get();
        if (project != null && session != null) {
            chrome.follow(pages.openProject(session, project));
        }
        showPage();
    }

    /** Closes the open project's page (the writing desk), if one is open: its writing session ends and the editor hands over its last edits. */
    public void closeManuscript() {
        chrome.follow(null);
        pages.closeProject();
    }

    private void showPage() {
        sidebar.select(pages.show(viewModel.navigation().pageProperty().get()));
    }
}
