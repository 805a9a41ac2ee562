package studio.quire.db;

import java.util.Optional;

/**
 * A team server the user connects to. The password is not part of the profile: it is asked for,
 * or remembered in a private file only when the user chose {@code rememberPassword}.
 */
public record ConnectionProfile(String name, String host, int port, String database, String user, String sslMode,
                                boolean rememberPassword) {

    public static final String DEFAULT_SSL_MODE = "prefer";

    public ConnectionProfile {
        sslMode = sslMode == null || sslMode.isBlank() ? DEFAULT_SSL_MODE : sslMode;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database + "?sslmode=" + sslMode;
    }

    public ConnectionTarget target(String password) {
        return new ConnectionTarget(ConnectionTarget.Mode.SERVER, jdbcUrl(), user, password);
    }

    /** What is wrong with the profile as typed, for the form; empty when it can be used. */
    public Optional<String> problem() {
        if (name == null || name.isBlank()) {
            return Optional.of("Give the profile a name.");
        }
        if (host == null || host.isBlank()) {
            return Optional.of("Enter the server's host name.");
        }
        if (port < 1 || port > 65535) {
            return Optional.of("The port is a number from 1 to 65535.");
        }
        if (database == null || database.isBlank()) {
            return Optional.of("Enter the database name.");
        }
        if (user == null || user.isBlank()) {
            return Optional.of("Enter your user name.");
        }
        return Optional.empty();
    }
}
