package studio.quire.db;

import java.util.Map;
import java.util.Optional;

/**
 * {@code QUIRE_DB_URL}, {@code QUIRE_DB_USER} and {@code QUIRE_DB_PASSWORD}: a server chosen from
 * the environment, which overrides the profiles in the settings. The URL may be a JDBC URL or a
 * libpq-style {@code postgresql://host:port/db} one.
 */
public final class EnvironmentTarget {
    private EnvironmentTarget() {
    }

    public static Optional<ConnectionTarget> from(Map<String, String> env) {
        String url = env.get("QUIRE_DB_URL");
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String jdbc = url.startsWith("jdbc:") ? url : "jdbc:" + url.replaceFirst("^postgres://", "postgresql://");
        String user = env.getOrDefault("QUIRE_DB_USER", System.getProperty("user.name"));
        return Optional.of(new ConnectionTarget(ConnectionTarget.Mode.SERVER, jdbc, user, env.get("QUIRE_DB_PASSWORD")));
    }
}
