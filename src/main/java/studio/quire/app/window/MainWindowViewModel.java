package studio.quire.app.window;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import studio.quire.session.SessionOpener;
import studio.quire.session.Settings;
import studio.quire.session.SettingsStore;
import studio.quire.ui.BackgroundTask;
import studio.quire.ui.Command;
import studio.quire.ui.TaskExecutor;

import studio.quire.app.signin.SessionViewModel;
import studio.quire.app.signin.StatusNotice;
import studio.quire.app.pages.NavigationViewModel;

/**
 * The main window's state, in three parts: the signed-in session and how it comes about
 * ({@link SessionViewModel}), which page is shown ({@link NavigationViewModel}) and what the status
 * bar says ({@link StatusBarViewModel}); the theme and the window's remembered place are its own.
 * Knows no controls.
 */
public final class MainWindowViewModel {
    private final SettingsStore settings;
    private final TaskExecutor executor;
    private final StatusNotice notice = new StatusNotice();
    private final SessionViewModel session;
    private final NavigationViewModel navigation;
    private final StatusBarViewModel statusBar;
    private final ObjectProperty<Settings.Theme> theme = new SimpleObjectProperty<>(Settings.Theme.LIGHT);
    private final Command toggleTheme;

    public MainWindowViewModel(SessionOpener opener, SettingsStore settings, TaskExecutor executor) {
        this.settings = settings;
        this.executor = executor;
        this.session = new SessionViewModel(opener, settings, executor, notice);
        this.statusBar = new StatusBarViewModel(session, notice);
        this.navigation = new NavigationViewModel(session, notice);
        this.theme.set(settings.get().theme());
        this.toggleTheme = Command.of(this::toggleTheme);
    }

    /** The signed-in session: connecting, signing in, switching person or organization. */
    public SessionViewModel session() {
        return session;
    }

    /** Which page is shown, and the open project. */
    public NavigationViewModel navigation() {
        return navigation;
    }

    /** What the status bar says. */
    public StatusBarViewModel statusBar() {
        return statusBar;
    }

    /** The status bar's sentence about what replaying the journal did (a problem, or good news). */
    public StatusNotice notice() {
        return notice;
    }

    private void toggleTheme() {
        Settings.Theme next = theme.get() == Settings.Theme.LIGHT ? Settings.Theme.DARK : Settings.Theme.LIGHT;
        theme.set(next);
        executor.execute(BackgroundTask.ofRunnable(() -> settings.update(s -> s.withTheme(next))));
    }

    public ReadOnlyObjectProperty<Settings.Theme> themeProperty() {
        return theme;
    }

    public Command toggleThemeCommand() {
        return toggleTheme;
    }

    public Settings.WindowBounds savedWindow() {
        return settings.get().window();
    }
}
