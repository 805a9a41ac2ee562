package studio.quire.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.quire.db.PrivateFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * Loads and saves {@link Settings} as JSON. A broken settings file never stops Quire: it is kept
 * aside as {@code settings.json.broken} and the defaults are used.
 */
public final class SettingsStore {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);
    private final Path file;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private Settings current;

    public SettingsStore(Path file) {
        this.file = file;
    }

    public synchronized Settings get() {
        if (current == null) {
            current = load();
        }
        return current;
    }

    /** Applies a change and writes the file (atomically; call from a background thread). */
    public synchronized Settings update(UnaryOperator<Settings> change) {
        current = change.apply(get());
        try {
            PrivateFiles.directory(file.getParent());
            PrivateFiles.write(file, json.writeValueAsString(current));
        } catch (IOException e) {
            LOG.warn("Could not save settings to {}", file, e);
        }
        return current;
    }

    private Settings load() {
        if (!Files.exists(file)) {
            return Settings.defaults();
        }
        try {
            return json.readValue(file.toFile(), Settings.class);
        } catch (IOException e) {
            Path aside = file.resolveSibling(file.getFileName() + ".broken");
            LOG.warn("Settings file {} is unreadable ({}); keeping it as {} and using defaults", file, e.getMessage(), aside);
            try {
                Files.move(file, aside, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailed) {
                LOG.warn("Could not move the broken settings aside", moveFailed);
            }
            return Settings.defaults();
        }
    }
}
