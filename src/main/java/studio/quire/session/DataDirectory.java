package studio.quire.session;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where Quire keeps everything of this OS user: the embedded database, settings, passwords and
 * logs. {@code QUIRE_HOME} overrides; otherwise {@code $XDG_DATA_HOME/quire}, else
 * {@code ~/.local/share/quire}.
 */
public record DataDirectory(Path home) {

    public static DataDirectory fromEnvironment(Map<String, String> env) {
        String explicit = env.get("QUIRE_HOME");
        if (explicit != null && !explicit.isBlank()) {
            return new DataDirectory(Path.of(explicit).toAbsolutePath());
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".local", "share");
        return new DataDirectory(base.resolve("quire").toAbsolutePath());
    }

    /** The unpacked PostgreSQL programs. */
    public Path binariesCache() {
        return home.resolve("runtime");
    }

    public Path settingsFile() {
        return home.resolve("settings.properties");
    }

    public Path serverPasswordsFile() {
        return home.resolve("server-passwords.properties");
    }

    public Path logs() {
        return home.resolve("logs");
    }

    /** The local journal that holds every edit until the database has it (ADR 0007). */
    public Path journal() {
        return home.resolve("journal");
    }
}
