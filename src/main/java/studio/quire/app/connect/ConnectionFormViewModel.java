package studio.quire.app.connect;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import studio.quire.db.ConnectionProfile;

import java.util.List;
import java.util.Optional;

/**
 * The "Connect to a team server" form: a connection profile being typed, its problem in words,
 * and the password, which is kept only when "remember" is ticked.
 */
public final class ConnectionFormViewModel {
    public static final List<String> SSL_MODES = List.of("disable", "prefer", "require", "verify-ca", "verify-full");

    private final StringProperty name = new SimpleStringProperty("Team server");
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty("5432");
    private final StringProperty database = new SimpleStringProperty("quire");
    private final StringProperty user = new SimpleStringProperty(System.getProperty("user.name", ""));
    private final StringProperty sslMode = new SimpleStringProperty(ConnectionProfile.DEFAULT_SSL_MODE);
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanProperty rememberPassword = new SimpleBooleanProperty(false);
    private final StringBinding problem;

    public ConnectionFormViewModel(Optional<ConnectionProfile> start) {
        start.ifPresent(p -> {
            name.set(p.name());
            host.set(p.host());
            port.set(Integer.toString(p.port()));
            database.set(p.database());
            user.set(p.user());
            sslMode.set(p.sslMode());
            rememberPassword.set(p.rememberPassword());
        });
        problem = Bindings.createStringBinding(() -> profileProblem().orElse(""),
                name, host, port, database, user, sslMode, password);
    }

    private Optional<String> profileProblem() {
        int number;
        try {
            number = Integer.parseInt(port.get().strip());
        } catch (NumberFormatException e) {
            return Optional.of("The port is a number from 1 to 65535.");
        }
        Optional<String> wrong = new ConnectionProfile(name.get().strip(), host.get().strip(), number, database.get().strip(),
                user.get().strip(), sslMode.get(), rememberPassword.get()).problem();
        if (wrong.isPresent()) {
            return wrong;
        }
        return password.get().isEmpty() ? Optional.of("Enter your password.") : Optional.empty();
    }

    /** The profile as typed; only call when {@link #problemProperty()} is empty. */
    public ConnectionProfile profile() {
        return new ConnectionProfile(name.get().strip(), host.get().strip(), Integer.parseInt(port.get().strip()),
                database.get().strip(), user.get().strip(), sslMode.get(), rememberPassword.get());
    }

    public StringBinding problemProperty() {
        return problem;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty sslModeProperty() {
        return sslMode;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public BooleanProperty rememberPasswordProperty() {
        return rememberPassword;
    }
}
