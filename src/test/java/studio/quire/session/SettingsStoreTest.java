package studio.quire.session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studio.quire.db.ConnectionProfile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsStoreTest {
    @TempDir
    Path home;

    @Test
    void update_thenANewStore_readsBackEverything() {
        Path file = home.resolve("settings.properties");
        UUID org = UUID.randomUUID();
        ConnectionProfile office = new ConnectionProfile("Office = main", "pg.office", 6543, "books", "ada", "require", true);
        new SettingsStore(file).update(s -> s.withTheme(Settings.Theme.DARK)
                .withWindow(new Settings.WindowBounds(10.5, 20, 1200, 800, true))
                .withLocalLogin("ada").withEmbeddedLogin("demo_writer").withLastOrgId(org)
                .withProfile(office).withActiveProfile("Office = main"));

        Settings read = new SettingsStore(file).get();

        assertThat(read.theme()).isEqualTo(Settings.Theme.DARK);
        assertThat(read.window()).isEqualTo(new Settings.WindowBounds(10.5, 20, 1200, 800, true));
        assertThat(read.localLogin()).isEqualTo("ada");
        assertThat(read.embeddedLogin()).isEqualTo("demo_writer");
        assertThat(read.lastOrgId()).isEqualTo(org);
        assertThat(read.profiles()).containsExactly(office);
        assertThat(read.active()).contains(office);
    }

    @Test
    void get_fallsBackToDefaults_andKeepsABrokenFileAside() throws Exception {
        Path file = home.resolve("settings.properties");
        Files.write(file, new byte[] {'t', 'h', 'e', 'm', 'e', '=', '\\', 'u', 'Z', 'Z'});

        Settings read = new SettingsStore(file).get();

        assertThat(read).isEqualTo(Settings.defaults());
        assertThat(home.resolve("settings.properties.broken")).exists();
    }

    @Test
    void get_keepsWhatParses_whenOneValueIsWrong() throws Exception {
        Path file = home.resolve("settings.properties");
        Files.writeString(file, "theme=DARK\nwindow.width=wide\nlastOrgId=not-a-uuid\n");
        Settings read = new SettingsStore(file).get();
        assertThat(read.theme()).isEqualTo(Settings.Theme.DARK);
        assertThat(read.window()).isNull();
        assertThat(read.lastOrgId()).isNull();
    }

    @Test
    void update_writesAFileOnlyTheUserCanRead() throws Exception {
        Path file = home.resolve("settings.properties");
        new SettingsStore(file).update(s -> s.withTheme(Settings.Theme.DARK));
        assertThat(studio.quire.db.PrivateFiles.isOwnerOnly(file)).isTrue();
    }
}
