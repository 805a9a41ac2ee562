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

    /** What a person should write in QUIRE_DB_URL; said when it holds something else. */
    public static final String NOT_AN_ADDRESS =
            "QUIRE_DB_URL is not a PostgreSQL JDBC address (jdbc:postgresql://host:port/database).";

    public static Optional<ConnectionTarget> from(Map<String, String> env) {
        String url = env.get("QUIRE_DB_URL");
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String jdbc = jdbcUrl(url.strip());
        String user = env.getOrDefault("QUIRE_DB_USER", System.getProperty("user.name"));
        return Optional.of(new ConnectionTarget(ConnectionTarget.Mode.SERVER, jdbc, user, env.get("QUIRE_DB_PASSWORD")));
    }

    /**
     * Why QUIRE_DB_URL cannot be used, or empty when it is unset or a PostgreSQL address. The
     * value is not repeated: it may hold a password.
     */
    public static Optional<String> problem(Map<String, String> env) {
        String url = env.get("QUIRE_DB_URL");
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String jdbc = jdbcUrl(url.strip());
        return jdbc.startsWith("jdbc:postgresql:") && org.postgresql.Driver.parseURL(jdbc, null) != null
                ? Optional.empty() : Optional.of(NOT_AN_ADDRESS);
    }

    private static String jdbcUrl(String url) {
        return url.startsWith("jdbc:") ? url : "jdbc:" + url.replaceFirst("^postgres://", "postgresql://");
    }
}
