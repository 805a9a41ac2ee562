package studio.quire.app.window;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import studio.quire.ui.Fxml;
import studio.quire.ui.LazyPage;
import studio.quire.ui.Shortcut;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import studio.quire.ui.Pulses;

import studio.quire.session.Session;
import studio.quire.session.SwitchablePerson;
import studio.quire.session.Settings;
import studio.quire.app.connect.ConnectionDialog;
import studio.quire.app.connect.ConnectionFormViewModel;
/**
 * The studio's window: menu, sidebar of the features that exist, the current page, and a status
 * bar that tells where the data is and who is signed in. Shows a connecting state at once while
 * the database starts, and a clear failure with a retry when it cannot.
 */
public final class MainWindowView extends BorderPane {
    private final MainWindowViewModel viewModel;
    private final FeatureViews features;
    /** The session's pages (the writing desk is {@link #manuscriptPage}); the Projects page is the fallback. */
    private final Map<MainWindowViewModel.Page, Node> pages = new EnumMap<>(MainWindowViewModel.Page.class);
    private final Map<MainWindowViewModel.Page, ToggleButton> buttons = new EnumMap<>(MainWindowViewModel.Page.class);
    private final Label reviewBadge = SidebarBadges.badge("reviewBadge");
    private final Label inboxBadge = SidebarBadges.badge("inboxBadge");
    private Node manuscriptPage;
    private final WindowChrome chrome;
    private Node statusItem;

    @FXML private Menu switchPersonMenu;
    @FXML private Menu organizationMenu;
    @FXML private MenuItem retryItem;
    @FXML private MenuItem useEmbeddedItem;
    @FXML private MenuItem projectsItem;
    @FXML private MenuItem peopleItem;
    @FXML private CheckMenuItem darkThemeItem;
    @FXML private MenuItem quitItem;
    @FXML private MenuItem shortcutsItem;
    @FXML private MenuBar menuBar;
    @FXML private VBox sidebar;
    @FXML private ToggleButton projectsButton;
    @FXML private ToggleButton peopleButton;
    @FXML private ToggleButton reviewButton;
    @FXML private ToggleButton inboxButton;
    @FXML private ToggleButton workflowsButton;
    @FXML private MenuItem workflowsItem;
    @FXML private MenuItem reviewItem;
    @FXML private MenuItem inboxItem;
    @FXML private ToggleButton manuscriptButton;
    @FXML private MenuItem manuscriptItem;
    @FXML private StackPane content;
    @FXML private VBox connectingCard;
    @FXML private Label progressLabel;
    @FXML private VBox failureCard;
    @FXML private Label failureLabel;
    @FXML private Button retryButton;
    @FXML private Button useEmbeddedButton;
    @FXML private VBox runningCard;
    @FXML private Label runningLabel;
    @FXML private Label runningHint;
    @FXML private Button runningRetryButton;
    @FXML private VBox passwordCard;
    @FXML private Label passwordTitle;
    @FXML private PasswordField passwordField;
    @FXML private Label connectionStatus;
    @FXML private Label personStatus;
    @FXML private Label noticeStatus;
    @FXML private javafx.scene.layout.HBox statusBar;

    public MainWindowView(MainWindowViewModel viewModel, FeatureViews features) {
        this.viewModel = viewModel;
        this.features = features;
        Fxml.loadInto(this);
        bindStates();
        bindNavigation();
        bindStatusBar();
        bindAccelerators();
        chrome = new WindowChrome(viewModel.pageProperty(), List.of(menuBar, sidebar, statusBar));
        viewModel.sessionProperty().addListener((obs, old, session) -> showSession(session));
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
    private void addIconsAfterFirstLayout(javafx.scene.Scene scene) {
        Pulses.afterNextLayout(scene, () -> javafx.application.Platform.runLater(() -> {
            projectsButton.setGraphic(new FontIcon(Feather.BOOK_OPEN));
            peopleButton.setGraphic(new FontIcon(Feather.USERS));
            reviewButton.setGraphic(new FontIcon(Feather.CHECK_SQUARE));
            inboxButton.setGraphic(new FontIcon(Feather.BELL));
            workflowsButton.setGraphic(new FontIcon(Feather.GIT_PULL_REQUEST));
            manuscriptButton.setGraphic(new FontIcon(Feather.FILE_TEXT));
            connectionStatus.setGraphic(new FontIcon(Feather.DATABASE));
            personStatus.setGraphic(new FontIcon(Feather.USER));
        }));
    }

    private void bindStates() {
        connectingCard.visibleProperty().bind(viewModel.stateProperty().isEqualTo(ConnectionState.CONNECTING));
        failureCard.visibleProperty().bind(viewModel.stateProperty().isEqualTo(ConnectionState.FAILED));
        passwordCard.visibleProperty().bind(viewModel.stateProperty().isEqualTo(ConnectionState.PASSWORD_NEEDED));
        content.visibleProperty().bind(viewModel.readyProperty());
        progressLabel.textProperty().bind(viewModel.progressMessageProperty());
        failureLabel.textProperty().bind(viewModel.failureMessageProperty());
        retryButton.disableProperty().bind(viewModel.retryCommand().executableProperty().not());
        retryItem.disableProperty().bind(viewModel.retryCommand().executableProperty().not());
        passwordTitle.textProperty().bind(viewModel.passwordPromptProperty());
        runningCard.visibleProperty().bind(viewModel.stateProperty().isEqualTo(ConnectionState.ALREADY_RUNNING));
        runningLabel.textProperty().bind(viewModel.directoryInUse().messageProperty());
        runningHint.textProperty().bind(viewModel.directoryInUse().hintProperty());
        // Offered only when nobody can tell when the other Quire quits; otherwise this window connects by itself.
        runningRetryButton.visibleProperty().bind(viewModel.directoryInUse().waitingProperty().not());
        runningRetryButton.managedProperty().bind(runningRetryButton.visibleProperty());
    }

    private void bindNavigation() {
        buttons.put(MainWindowViewModel.Page.PROJECTS, projectsButton);
        buttons.put(MainWindowViewModel.Page.PEOPLE, peopleButton);
        buttons.put(MainWindowViewModel.Page.REVIEW, reviewButton);
        buttons.put(MainWindowViewModel.Page.INBOX, inboxButton);
        buttons.put(MainWindowViewModel.Page.WORKFLOWS, workflowsButton);
        buttons.put(MainWindowViewModel.Page.MANUSCRIPT, manuscriptButton);
        SidebarBadges.attach(sidebar, reviewButton, reviewBadge);
        SidebarBadges.attach(sidebar, inboxButton, inboxBadge);
        ToggleGroup pages = new ToggleGroup();
        projectsButton.setToggleGroup(pages);
        peopleButton.setToggleGroup(pages);
        reviewButton.setToggleGroup(pages);
        reviewButton.disableProperty().bind(viewModel.showReviewCommand().executableProperty().not());
        reviewItem.disableProperty().bind(reviewButton.disableProperty());
        inboxButton.setToggleGroup(pages);
        inboxButton.disableProperty().bind(viewModel.showInboxCommand().executableProperty().not());
        inboxItem.disableProperty().bind(inboxButton.disableProperty());
        workflowsButton.setToggleGroup(pages);
        workflowsButton.disableProperty().bind(viewModel.showWorkflowsCommand().executableProperty().not());
        workflowsItem.disableProperty().bind(workflowsButton.disableProperty());
        manuscriptButton.setToggleGroup(pages);
        manuscriptButton.visibleProperty().bind(viewModel.showManuscriptCommand().executableProperty());
        manuscriptButton.managedProperty().bind(manuscriptButton.visibleProperty());
        manuscriptItem.disableProperty().bind(viewModel.showManuscriptCommand().executableProperty().not());
        manuscriptButton.textProperty().bind(Bindings.createStringBinding(() -> viewModel.openProjectProperty().get() == null
                ? "Manuscript" : viewModel.openProjectProperty().get().title(), viewModel.openProjectProperty()));
        javafx.scene.control.Tooltip projectTip = new javafx.scene.control.Tooltip();
        projectTip.textProperty().bind(manuscriptButton.textProperty());
        manuscriptButton.setTooltip(projectTip);
        viewModel.openProjectProperty().addListener((obs, old, project) -> showManuscript(project));
        projectsButton.disableProperty().bind(viewModel.showProjectsCommand().executableProperty().not());
        projectsItem.disableProperty().bind(projectsButton.disableProperty());
        peopleButton.visibleProperty().bind(viewModel.showPeopleCommand().executableProperty());
        peopleButton.managedProperty().bind(peopleButton.visibleProperty());
        peopleItem.disableProperty().bind(viewModel.showPeopleCommand().executableProperty().not());
        // A toggle that is clicked again must stay selected: the page is still shown.
        pages.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
        viewModel.pageProperty().addListener((obs, old, page) -> showPage());
        switchPersonMenu.visibleProperty().bind(viewModel.embeddedProperty());
        useEmbeddedItem.visibleProperty().bind(viewModel.serverChosenProperty());
        useEmbeddedButton.visibleProperty().bind(viewModel.serverChosenProperty());
        useEmbeddedButton.managedProperty().bind(useEmbeddedButton.visibleProperty());
        viewModel.switchablePeople().addListener((javafx.collections.ListChangeListener<SwitchablePerson>) c -> rebuildPeopleMenu());
        switchPersonMenu.setOnShowing(e -> viewModel.refreshSwitchablePeople());
        darkThemeItem.setSelected(viewModel.themeProperty().get() == Settings.Theme.DARK);
        viewModel.themeProperty().addListener((obs, o, theme) -> darkThemeItem.setSelected(theme == Settings.Theme.DARK));
    }

    /** The menus' keys come from the one list that F1 shows. */
    private void bindAccelerators() {
        Map.of(projectsItem, Shortcut.SHOW_PROJECTS, peopleItem, Shortcut.SHOW_PEOPLE, manuscriptItem,
                Shortcut.SHOW_MANUSCRIPT, reviewItem, Shortcut.SHOW_REVIEW, inboxItem, Shortcut.SHOW_INBOX,
                workflowsItem, Shortcut.SHOW_WORKFLOWS, darkThemeItem, Shortcut.THEME, shortcutsItem,
                Shortcut.SHORTCUTS, quitItem, Shortcut.QUIT).forEach((item, key) -> item.setAccelerator(key.key()));
    }

    private void bindStatusBar() {
        connectionStatus.textProperty().bind(viewModel.statusTextProperty());
        personStatus.textProperty().bind(viewModel.personLabelProperty());
        personStatus.visibleProperty().bind(viewModel.readyProperty());
        noticeStatus.textProperty().bind(Bindings.when(viewModel.readyProperty())
                .then(Bindings.when(viewModel.failureMessageProperty().isEmpty())
                        .then(viewModel.notice().textProperty()).otherwise(viewModel.failureMessageProperty()))
                .otherwise(""));
        // Good news (text recovered after a crash) is not shown like a failure.
        javafx.beans.InvalidationListener tone = obs -> {
            boolean goodNews = viewModel.failureMessageProperty().get().isEmpty() && viewModel.notice().goodNewsProperty().get();
            noticeStatus.getStyleClass().removeAll(atlantafx.base.theme.Styles.SUCCESS, atlantafx.base.theme.Styles.DANGER);
            noticeStatus.getStyleClass().add(goodNews ? atlantafx.base.theme.Styles.SUCCESS : atlantafx.base.theme.Styles.DANGER);
        };
        viewModel.failureMessageProperty().addListener(tone);
        viewModel.notice().goodNewsProperty().addListener(tone);
        tone.invalidated(null);
    }

    private void rebuildPeopleMenu() {
        SessionMenus.fillPeople(switchPersonMenu, viewModel);
    }

    private void showManuscript(studio.quire.project.Project project) {
        closeManuscript();
        Session session = viewModel.sessionProperty().get();
        if (project != null && session != null) {
            manuscriptPage = features.manuscript(session, project);
            content.getChildren().add(manuscriptPage);
            chrome.follow(manuscriptPage);
        }
        showPage();
    }

    /** Closes the writing desk, if one is open: its writing session ends and the editor hands over its last edits. */
    public void closeManuscript() {
        chrome.follow(null);
        if (manuscriptPage != null) {
            content.getChildren().remove(manuscriptPage);
            if (manuscriptPage instanceof AutoCloseable page) {
                try {
                    page.close();
                } catch (Exception e) {
                    org.slf4j.LoggerFactory.getLogger(MainWindowView.class).warn("Closing the writing desk failed", e);
                }
            }
            manuscriptPage = null;
        }
    }

    private void showSession(Session session) {
        closeManuscript();
        content.getChildren().clear();
        pages.clear();
        for (Label badge : List.of(reviewBadge, inboxBadge)) {
            badge.textProperty().unbind();
            badge.setText("");
        }
        if (statusItem != null) {
            statusBar.getChildren().remove(statusItem);
            statusItem = null;
        }
        if (session != null) {
            statusItem = features.statusItem(session);
            statusBar.getChildren().add(2, statusItem);
            addPage(MainWindowViewModel.Page.PROJECTS, features.projects(session));
            if (session.organization().isAdmin()) {
                addPage(MainWindowViewModel.Page.PEOPLE, new LazyPage(() -> features.people(session)));
            }
            SidebarPage review = features.reviewQueue(session);
            addPage(MainWindowViewModel.Page.REVIEW, review.content());
            reviewBadge.textProperty().bind(review.badge());
            SidebarPage inbox = features.inbox(session);
            addPage(MainWindowViewModel.Page.INBOX, inbox.content());
            inboxBadge.textProperty().bind(inbox.badge());
            addPage(MainWindowViewModel.Page.WORKFLOWS, new LazyPage(() -> features.workflows(session)));
            rebuildPeopleMenu();
        }
        SessionMenus.fillOrganizations(organizationMenu, viewModel, session);
        showPage();
    }

    private void addPage(MainWindowViewModel.Page page, Node node) {
        pages.put(page, node);
        content.getChildren().add(node);
    }

    private void showPage() {
        MainWindowViewModel.Page page = viewModel.pageProperty().get();
        Node shown = page == MainWindowViewModel.Page.MANUSCRIPT ? manuscriptPage : pages.get(page);
        if (shown == null) {
            page = MainWindowViewModel.Page.PROJECTS;
            shown = pages.get(page);
        }
        for (Node node : pages.values()) {
            node.setVisible(node == shown);
        }
        if (manuscriptPage != null) {
            manuscriptPage.setVisible(manuscriptPage == shown);
        }
        MainWindowViewModel.Page selected = page;
        buttons.forEach((p, button) -> button.setSelected(p == selected));
    }

    @FXML
    private void onShowProjects() {
        viewModel.showProjectsCommand().execute();
        showPage();
    }

    @FXML
    private void onShowReview() {
        viewModel.showReviewCommand().execute();
        showPage();
    }

    @FXML
    private void onShowInbox() {
        viewModel.showInboxCommand().execute();
        showPage();
    }

    @FXML
    private void onShowWorkflows() {
        viewModel.showWorkflowsCommand().execute();
        showPage();
    }

    @FXML
    private void onShowPeople() {
        viewModel.showPeopleCommand().execute();
        showPage();
    }

    @FXML
    private void onShowManuscript() {
        viewModel.showManuscriptCommand().execute();
        showPage();
    }

    @FXML
    private void onRetry() {
        viewModel.retryCommand().execute();
    }

    @FXML
    private void onToggleTheme() {
        viewModel.toggleThemeCommand().execute();
    }

    @FXML
    private void onConnectWithPassword() {
        viewModel.connectWithPassword(passwordField.getText());
        passwordField.clear();
    }

    @FXML
    private void onConnectToServer() {
        ConnectionFormViewModel form = viewModel.newConnectionForm();
        ConnectionDialog dialog = new ConnectionDialog(form);
        dialog.initOwner(getScene().getWindow());
        dialog.showAndWait().filter(Boolean::booleanValue).ifPresent(ok -> viewModel.connectToServer(form));
    }

    @FXML
    private void onUseEmbedded() {
        viewModel.useEmbeddedDatabase();
    }

    @FXML
    private void onQuit() {
        if (getScene() != null) {
            javafx.stage.Window window = getScene().getWindow();
            window.fireEvent(new javafx.stage.WindowEvent(window, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
            window.hide();
        }
    }

    @FXML
    private void onShortcuts() {
        Dialogs.shortcuts(getScene().getWindow()).show();
    }

    @FXML
    private void onAbout() {
        Dialogs.about(getScene().getWindow(), viewModel.sessionProperty().get()).show();
    }
}
