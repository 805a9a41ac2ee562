package studio.quire.session;

import org.slf4j.LoggerFactory;
import studio.quire.db.PrivateFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * Loads and saves {@link Settings} (see {@link SettingsCodec}). A broken settings file never
 * stops Quire: it is kept aside as {@code settings.properties.broken} and the defaults are used.
 */
public final class SettingsStore {
    private final Path file;
    private volatile Settings current;

    public SettingsStore(Path file) {
        this.file = file;
    }

    /** The settings; reads the file only the first time (the launcher does that off the FX thread). */
    public Settings get() {
        Settings now = current;
        if (now != null) {
            return now;
        }
        synchronized (this) {
            if (current == null) {
                current = load();
            }
            return current;
        }
    }

    /** Applies a change and writes the file (atomically; call from a background thread). */
    public synchronized Settings update(UnaryOperator<Settings> change) {
        current = change.apply(get());
        try {
            PrivateFiles.directory(file.getParent());
            PrivateFiles.write(file, toText(current));
        } catch (IOException e) {
            LoggerFactory.getLogger(SettingsStore.class).warn("Could not save settings to {}", file, e);
        }
        return current;
    }

    private Settings load() {
        if (!Files.exists(file)) {
            return Settings.defaults();
        }
        try {
            java.util.Properties values = new java.util.Properties();
            try (var reader = Files.newBufferedReader(file)) {
                values.load(reader);
            }
            return SettingsCodec.read(values);
        } catch (IOException | IllegalArgumentException e) {
            Path aside = file.resolveSibling(file.getFileName() + ".broken");
            LoggerFactory.getLogger(SettingsStore.class).warn("Settings file {} is unreadable ({}); keeping it as {} and using defaults", file, e.getMessage(), aside);
            try {
                Files.move(file, aside, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailed) {
                LoggerFactory.getLogger(SettingsStore.class).warn("Could not move the broken settings aside", moveFailed);
            }
            return Settings.defaults();
        }
    }

    private static String toText(Settings settings) throws IOException {
        java.io.StringWriter out = new java.io.StringWriter();
        SettingsCodec.write(settings).store(out, "Quire settings; written by Quire, safe to delete");
        return out.toString();
    }
}
