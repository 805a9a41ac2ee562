package studio.quire.app.window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.quire.session.Settings;
import studio.quire.session.SettingsStore;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The window's own settings: the theme, remembered across starts (no database needed). */
class MainWindowViewModelTest {
    @TempDir
    Path home;
    private WindowModels window;

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void toggleTheme_isRememberedForTheNextStart() {
        window = WindowModels.as(home, new SettingsStore(home.resolve("settings.properties")));
        MainWindowViewModel viewModel = window.viewModel;
        assertThat(viewModel.themeProperty().get()).isEqualTo(Settings.Theme.LIGHT);

        viewModel.toggleThemeCommand().execute();

        assertThat(viewModel.themeProperty().get()).isEqualTo(Settings.Theme.DARK);
        assertThat(new SettingsStore(home.resolve("settings.properties")).get().theme()).isEqualTo(Settings.Theme.DARK);
    }

    @Test
    void notice_isTheStatusBarsOne_butShownThereOnlyWhileConnected() {
        window = WindowModels.as(home, new SettingsStore(home.resolve("settings.properties")));
        MainWindowViewModel viewModel = window.viewModel;
        viewModel.notice().problem("Something went wrong.");

        assertThat(viewModel.statusBar().notice()).isSameAs(viewModel.notice());
        assertThat(viewModel.statusBar().noticeTextProperty().get()).as("not connected: nothing at the right end").isEmpty();
    }
}
