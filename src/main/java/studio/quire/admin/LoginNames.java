package studio.quire.admin;

import java.util.Optional;

/** The rule for a person's login name (their PostgreSQL role), as the database also checks it. */
public final class LoginNames {
    private LoginNames() {
    }

    public static Optional<String> problem(String login) {
        if (login == null || login.isBlank()) {
            return Optional.of("Enter a login name.");
        }
        if (!login.matches("[a-z][a-z0-9_]{1,62}")) {
            return Optional.of("Use 2 to 63 lowercase letters, digits or underscores, starting with a letter.");
        }
        if (login.startsWith("pg_") || login.startsWith("quire_") || login.equals("postgres")) {
            return Optional.of("That name is reserved; choose another.");
        }
        return Optional.empty();
    }
}
