package studio.quire.app.signin;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import studio.quire.app.connect.ConnectionFormViewModel;
import studio.quire.db.ConnectionProfile;
import studio.quire.session.SessionOpener;
import studio.quire.session.SettingsStore;
import studio.quire.ui.BackgroundTask;
import studio.quire.ui.TaskExecutor;

import java.util.function.BiConsumer;

/**
 * Signing in to a team server from the window: the password a profile asks for, the connection
 * form, and going back to this computer's own database. Part of {@link SessionViewModel}, which
 * opens the session; knows no controls.
 */
public final class ServerSignIn {
    private final SettingsStore settings;
    private final TaskExecutor executor;
    private final BiConsumer<ConnectionProfile, String> openServer;
    private final Runnable connect;
    private final ReadOnlyObjectWrapper<ConnectionProfile> profileNeedingPassword = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper passwordPrompt = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper serverChosen = new ReadOnlyBooleanWrapper();

    /**
     * @param openServer connects to a profile with a password
     * @param connect    connects as Quire is set up (this computer's database, or the active profile)
     */
    ServerSignIn(SettingsStore settings, TaskExecutor executor, BiConsumer<ConnectionProfile, String> openServer,
                 Runnable connect) {
        this.settings = settings;
        this.executor = executor;
        this.openServer = openServer;
        this.connect = connect;
    }

    /** Connecting starts; {@code targetsServer} when it goes to a team server. */
    void connecting(boolean targetsServer) {
        serverChosen.set(targetsServer);
    }

    /** The profile Quire connects to has no (working) remembered password: the window asks for it. */
    void passwordNeeded(SessionOpener.PasswordNeededException needed) {
        profileNeedingPassword.set(needed.profile());
        passwordPrompt.set("Password for " + needed.profile().user() + " on " + needed.profile().name());
    }

    /** Connects to the profile that asked for a password, with the password typed into the window. */
    public void connectWithPassword(String password) {
        ConnectionProfile profile = profileNeedingPassword.get();
        if (profile != null && password != null && !password.isEmpty()) {
            openServer.accept(profile, password);
        }
    }

    /** A form for a team server, prefilled with the profile in use, if any. */
    public ConnectionFormViewModel newConnectionForm() {
        return new ConnectionFormViewModel(settings.get().active());
    }

    /** Connects to the team server described by a completed form. */
    public void connectToServer(ConnectionFormViewModel form) {
        if (!form.problemProperty().get().isEmpty()) {
            return;
        }
        serverChosen.set(true);
        openServer.accept(form.profile(), form.passwordProperty().get());
    }

    /** Back to this computer's own database. */
    public void useEmbeddedDatabase() {
        executor.execute(BackgroundTask.ofRunnable(() -> settings.update(s -> s.withActiveProfile(null)))
                .onSuccess(v -> connect.run()));
    }

    /** True when Quire is set to use a team server (so "use this computer's database" makes sense). */
    public ReadOnlyBooleanProperty serverChosenProperty() {
        return serverChosen.getReadOnlyProperty();
    }

    /** What the password prompt asks, e.g. "Password for ada on Team server". */
    public ReadOnlyStringProperty passwordPromptProperty() {
        return passwordPrompt.getReadOnlyProperty();
    }
}
