package studio.quire.app.signin;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.quire.admin.Membership;
import studio.quire.db.ConnectionProfile;
import studio.quire.db.DatabaseUnavailableException;
import studio.quire.db.QuireAlreadyRunningException;
import studio.quire.session.Session;
import studio.quire.session.SessionOpener;
import studio.quire.session.SettingsStore;
import studio.quire.session.SwitchablePerson;
import studio.quire.ui.BackgroundTask;
import studio.quire.ui.Command;
import studio.quire.ui.TaskExecutor;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import studio.quire.app.pages.NavigationViewModel;

/**
 * The window's signed-in session and how it comes about: connecting (embedded or a team server),
 * the password a server asks for ({@link ServerSignIn}), the data directory another Quire holds, and switching person or
 * organization. Knows no controls; which page is shown is {@link NavigationViewModel}'s.
 */
public final class SessionViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(SessionViewModel.class);

    private final SessionOpener opener;
    private final SettingsStore settings;
    private final TaskExecutor executor;
    private final StatusNotice notice;
    private final DataDirectoryInUse directoryInUse;
    private final ServerSignIn serverSignIn;
    /** Runs in the background before a replaced session's database closes (its saver saves what is pending). */
    private Consumer<Session> beforeSessionCloses = s -> { };

    private final ReadOnlyObjectWrapper<ConnectionState> state = new ReadOnlyObjectWrapper<>(ConnectionState.CONNECTING);
    private final ReadOnlyObjectWrapper<Session> session = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper progressMessage = new ReadOnlyStringWrapper("Starting…");
    private final ReadOnlyStringWrapper failureMessage = new ReadOnlyStringWrapper("");
    private final ObservableList<SwitchablePerson> switchablePeople = FXCollections.observableArrayList();

    private final BooleanBinding ready = Bindings.equal(ConnectionState.READY, state);
    private final BooleanBinding admin = Bindings.createBooleanBinding(
            () -> session.get() != null && session.get().organization().isAdmin(), session);
    private final BooleanBinding embedded = Bindings.createBooleanBinding(
            () -> session.get() != null && session.get().isEmbedded(), session);
    private final Command retry;

    /** @param notice the status bar's sentence, cleared when someone signs in */
    public SessionViewModel(SessionOpener opener, SettingsStore settings, TaskExecutor executor, StatusNotice notice) {
        this.opener = opener;
        this.settings = settings;
        this.executor = executor;
        this.notice = notice;
        this.directoryInUse = new DataDirectoryInUse(executor);
        this.serverSignIn = new ServerSignIn(settings, executor, this::openServer, this::connect);
        // While the other Quire runs, trying again cannot work; this window connects when it quits.
        this.retry = Command.of(this::connect, Bindings.notEqual(ConnectionState.CONNECTING, state).and(ready.not())
                .and(directoryInUse.waitingProperty().not()));
    }

    /** Starts connecting in the background; the window stays responsive meanwhile. */
    public void connect() {
        serverSignIn.connecting(opener.targetsServer());
        state.set(ConnectionState.CONNECTING);
        failureMessage.set("");
        executor.execute(BackgroundTask.of(progress -> opener.open(message -> progress.update(-1, message)))
                .titled("Connecting")
                .onProgress((fraction, message) -> progressMessage.set(message))
                .onSuccess(this::signedIn)
                .onFailure(this::failed));
    }

    private void openServer(ConnectionProfile profile, String password) {
        state.set(ConnectionState.CONNECTING);
        progressMessage.set("Connecting to " + profile.name() + "…");
        executor.execute(BackgroundTask.of(progress -> opener.openServer(profile, password))
                .onSuccess(this::signedIn)
                .onFailure(this::failed));
    }

    /** Re-reads who one can switch to (someone may have been added since signing in). */
    public void refreshSwitchablePeople() {
        Session now = session.get();
        if (now == null || !now.isEmbedded()) {
            switchablePeople.clear();
            return;
        }
        executor.execute(BackgroundTask.of(progress -> opener.switchablePeople(now))
                .onSuccess(people -> {
                    if (!people.equals(switchablePeople)) {
                        switchablePeople.setAll(people);
                    }
                }));
    }

    /** The signed-in person's organizations, for the Organization menu. */
    public List<Membership> organizations() {
        Session now = session.get();
        return now == null ? List.of() : now.identity().memberships();
    }

    /** Work in another of one's organizations: same sign-in, other projects and role. */
    public void switchOrganization(Membership organization) {
        Session now = session.get();
        if (now == null || now.organization().orgId().equals(organization.orgId())
                || now.identity().membership(organization.orgId()).isEmpty()) {
            return;
        }
        session.set(now.inOrganization(organization));
        executor.execute(BackgroundTask.ofRunnable(() -> settings.update(s -> s.withLastOrgId(organization.orgId()))));
    }

    /** Embedded mode: become another local person (each with their own database role). */
    public void switchPerson(SwitchablePerson person) {
        if (!embedded.get()) {
            return;
        }
        state.set(ConnectionState.CONNECTING);
        progressMessage.set("Signing in as " + person.label() + "…");
        executor.execute(BackgroundTask.of(progress -> opener.switchPerson(person.login()))
                .onSuccess(this::signedIn)
                .onFailure(error -> {
                    LOG.warn("Switching to {} failed", person.login(), error);
                    failureMessage.set(messageOf(error));
                    state.set(ConnectionState.READY);
                }));
    }

    private void signedIn(Session next) {
        Session previous = session.get();
        executor.execute(BackgroundTask.ofRunnable(() -> settings.update(s -> s.withLastOrgId(next.organization().orgId()))));
        notice.clear();
        // The new session first: the old desk closes and hands its last edits over, then the old session closes.
        session.set(next);
        if (previous != null && previous != next && previous.database() != next.database()) {
            closeInBackground(previous);
        }
        refreshSwitchablePeople();
        state.set(ConnectionState.READY);
    }

    private void failed(Throwable error) {
        if (error instanceof SessionOpener.PasswordNeededException needed) {
            serverSignIn.passwordNeeded(needed);
            state.set(ConnectionState.PASSWORD_NEEDED);
            return;
        }
        if (error instanceof QuireAlreadyRunningException running) {
            LOG.info("{}", running.getMessage());
            state.set(ConnectionState.ALREADY_RUNNING);
            // Connects once the other has quit, unless someone chose a team server meanwhile.
            directoryInUse.show(running, () -> {
                if (state.get() == ConnectionState.ALREADY_RUNNING) {
                    connect();
                }
            });
            return;
        }
        if (!(error instanceof DatabaseUnavailableException)) {
            LOG.error("Connecting failed unexpectedly", error);
        } else {
            LOG.warn("Connecting failed: {}", error.getMessage(), error.getCause());
        }
        failureMessage.set(messageOf(error));
        state.set(ConnectionState.FAILED);
    }

    private void closeInBackground(Session old) {
        executor.execute(BackgroundTask.ofRunnable(() -> {
            beforeSessionCloses.accept(old);
            old.close();
        }));
    }

    private static String messageOf(Throwable error) {
        return error instanceof DatabaseUnavailableException ? error.getMessage()
                : "Something went wrong while connecting: " + error.getMessage() + ". Details are in the log.";
    }

    /** What must happen, in the background, before a replaced session's database closes. */
    public void setBeforeSessionCloses(Consumer<Session> hook) {
        this.beforeSessionCloses = Objects.requireNonNull(hook);
    }

    public ReadOnlyObjectProperty<ConnectionState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Session> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressMessageProperty() {
        return progressMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty failureMessageProperty() {
        return failureMessage.getReadOnlyProperty();
    }

    /** Why this window cannot work while another Quire holds the data directory, and what happens next. */
    public DataDirectoryInUse directoryInUse() {
        return directoryInUse;
    }

    /** Signing in to a team server: the password it asks for, the connection form, back to this computer. */
    public ServerSignIn serverSignIn() {
        return serverSignIn;
    }

    /** Whom File › Switch person offers, by display name and role. */
    public ObservableList<SwitchablePerson> switchablePeople() {
        return switchablePeople;
    }

    public BooleanBinding embeddedProperty() {
        return embedded;
    }

    /** True while the signed-in person is an admin of the organization they work in. */
    public BooleanBinding adminProperty() {
        return admin;
    }

    public BooleanBinding readyProperty() {
        return ready;
    }

    public Command retryCommand() {
        return retry;
    }
}
