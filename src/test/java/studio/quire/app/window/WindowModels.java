package studio.quire.app.window;

import studio.quire.session.DataDirectory;
import studio.quire.session.SessionOpener;
import studio.quire.session.SettingsStore;
import studio.quire.ui.SameThreadTaskExecutor;

import java.nio.file.Path;
import java.util.Map;

import studio.quire.app.signin.SessionViewModel;
import studio.quire.app.pages.PageAvailability;
import studio.quire.app.pages.NavigationViewModel;

/** A main window's view models in a data directory of their own, without a toolkit (work runs on the calling thread). */
public final class WindowModels implements AutoCloseable {
    final SettingsStore settings;
    final SessionOpener opener;
    public final MainWindowViewModel viewModel;

    private WindowModels(Path home, SettingsStore settings, Map<String, String> environment) {
        this.settings = settings;
        this.opener = new SessionOpener(new DataDirectory(home), settings, environment);
        this.viewModel = new MainWindowViewModel(opener, settings, new SameThreadTaskExecutor());
    }

    /** Set to reach {@code url} as {@code login} (server mode, from the environment); not connected yet. */
    public static WindowModels toServer(Path home, String url, String login, String password) {
        return new WindowModels(home, new SettingsStore(home.resolve("settings.properties")),
                Map.of("QUIRE_DB_URL", url, "QUIRE_DB_USER", login, "QUIRE_DB_PASSWORD", password));
    }

    /** As Quire is set up in {@code settings} (embedded, or its active profile); not connected yet. */
    public static WindowModels as(Path home, SettingsStore settings) {
        return new WindowModels(home, settings, Map.of());
    }

    /** Offers the studio's pages as the window does, ids and availability only. */
    public WindowModels withPages() {
        NavigationViewModel navigation = viewModel.navigation();
        navigation.offer("projects", PageAvailability.EVERYONE);
        navigation.offer("manuscript", PageAvailability.OPEN_PROJECT);
        navigation.offer("review", PageAvailability.EVERYONE);
        navigation.offer("people", PageAvailability.ADMINS);
        return this;
    }

    public SessionViewModel session() {
        return viewModel.session();
    }

    /** Connects (on this thread) and returns itself. */
    public WindowModels connected() {
        viewModel.session().connect();
        return this;
    }

    @Override
    public void close() {
        if (viewModel.session().sessionProperty().get() != null) {
            viewModel.session().sessionProperty().get().close();
        }
        opener.close();
    }
}
