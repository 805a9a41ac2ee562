package studio.quire.app.window;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.quire.admin.Membership;
import studio.quire.db.ConnectionProfile;
import studio.quire.db.DatabaseUnavailableException;
import studio.quire.db.QuireAlreadyRunningException;
import studio.quire.ui.BackgroundTask;
import studio.quire.ui.Command;
import studio.quire.ui.TaskExecutor;

import java.util.List;

import studio.quire.session.Session;
import studio.quire.session.SessionOpener;
import studio.quire.session.SwitchablePerson;
import studio.quire.session.Settings;
import studio.quire.session.SettingsStore;
import studio.quire.app.connect.ConnectionFormViewModel;
/**
 * The main window's state: the connection (connecting, ready, failed), the signed-in session,
 * which feature is shown, the theme, and what the status bar says. Knows no controls.
 */
public final class MainWindowViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(MainWindowViewModel.class);

    /** The features in the sidebar; only those that exist. */
    public enum Page { PROJECTS, PEOPLE, MANUSCRIPT, REVIEW, INBOX, WORKFLOWS }

    private final SessionOpener opener;
    private final SettingsStore settings;
    private final TaskExecutor executor;

    private final ReadOnlyObjectWrapper<ConnectionState> state = new ReadOnlyObjectWrapper<>(ConnectionState.CONNECTING);
    private final ReadOnlyObjectWrapper<Session> session = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper progressMessage = new ReadOnlyStringWrapper("Starting…");
    private final ReadOnlyStringWrapper failureMessage = new ReadOnlyStringWrapper("");
    private final StatusNotice notice = new StatusNotice();
    private final DataDirectoryInUse directoryInUse;
    /** Runs in the background before a replaced session's database closes (its saver saves what is pending). */
    private java.util.function.Consumer<Session> beforeSessionCloses = s -> { };
    private final ReadOnlyObjectWrapper<ConnectionProfile> profileNeedingPassword = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper passwordPrompt = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyBooleanWrapper serverChosen = new javafx.beans.property.ReadOnlyBooleanWrapper();
    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(Page.PROJECTS);
    private final ReadOnlyObjectWrapper<studio.quire.project.Project> openProject = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Settings.Theme> theme = new SimpleObjectProperty<>(Settings.Theme.LIGHT);
    private final ObservableList<SwitchablePerson> switchablePeople = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper connectionLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper personLabel = new ReadOnlyStringWrapper("");

    private final BooleanBinding ready = Bindings.equal(ConnectionState.READY, state);
    private final BooleanBinding isAdmin = Bindings.createBooleanBinding(
            () -> session.get() != null && session.get().organization().isAdmin(), session);
    private final BooleanBinding embedded = Bindings.createBooleanBinding(
            () -> session.get() != null && session.get().isEmbedded(), session);

    private final javafx.beans.binding.StringBinding statusText = Bindings.createStringBinding(() -> switch (state.get()) {
        case READY -> connectionLabel.get();
        case CONNECTING -> progressMessage.get();
        case FAILED, PASSWORD_NEEDED, ALREADY_RUNNING -> "Not connected";
    }, state, connectionLabel, progressMessage);

    private final Command retry;
    private final Command toggleTheme;
    private final Command showProjects;
    private final Command showPeople;
    private final Command showReview;
    private final Command showInbox;
    private final Command showWorkflows;
    private final Command showManuscript;

    public MainWindowViewModel(SessionOpener opener, SettingsStore settings, TaskExecutor executor) {
        this.opener = opener;
        this.settings = settings;
        this.executor = executor;
        this.theme.set(settings.get().theme());
        this.directoryInUse = new DataDirectoryInUse(executor);
        // While the other Quire runs, trying again cannot work; this window connects when it quits.
        this.retry = Command.of(this::connect, Bindings.notEqual(ConnectionState.CONNECTING, state).and(ready.not())
                .and(directoryInUse.waitingProperty().not()));
        this.toggleTheme = Command.of(this::toggleTheme);
        this.showProjects = Command.of(() -> page.set(Page.PROJECTS), ready);
        this.showPeople = Command.of(() -> page.set(Page.PEOPLE), ready.and(isAdmin));
        this.showReview = Command.of(() -> page.set(Page.REVIEW), ready);
        this.showInbox = Command.of(() -> page.set(Page.INBOX), ready);
        this.showWorkflows = Command.of(() -> page.set(Page.WORKFLOWS), ready);
        this.showManuscript = Command.of(() -> page.set(Page.MANUSCRIPT), ready.and(openProject.isNotNull()));
        // A notice (what replaying the journal did) has been seen once the writer moves on.
        page.addListener((obs, old, now) -> notice.clear());
        session.addListener((obs, old, now) -> {
            describe(now);
            // Another person or organization may not see the project that was open.
            openProject.set(null);
            if (page.get() == Page.MANUSCRIPT) {
                page.set(Page.PROJECTS);
            }
        });
        isAdmin.addListener((obs, was, admin) -> {
            if (!admin && page.get() == Page.PEOPLE) {
                page.set(Page.PROJECTS);
            }
        });
    }

    /** Starts connecting in the background; the window stays responsive meanwhile. */
    public void connect() {
        serverChosen.set(opener.targetsServer());
        state.set(ConnectionState.CONNECTING);
        failureMessage.set("");
        executor.execute(BackgroundTask.of(progress -> opener.open(message -> progress.update(-1, message)))
                .titled("Connecting")
                .onProgress((fraction, message) -> progressMessage.set(message))
                .onSuccess(this::signedIn)
                .onFailure(this::failed));
    }

    /** Connects to the profile that asked for a password, with the password typed into the window. */
    public void connectWithPassword(String password) {
        ConnectionProfile profile = profileNeedingPassword.get();
        if (profile != null && password != null && !password.isEmpty()) {
            openServer(profile, password);
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
        openServer(form.profile(), form.passwordProperty().get());
    }

    private void openServer(ConnectionProfile profile, String password) {
        state.set(ConnectionState.CONNECTING);
        progressMessage.set("Connecting to " + profile.name() + "…");
        executor.execute(BackgroundTask.of(progress -> opener.openServer(profile, password))
                .onSuccess(this::signedIn)
                .onFailure(this::failed));
    }

    /** Back to this computer's own database. */
    public void useEmbeddedDatabase() {
        executor.execute(BackgroundTask.ofRunnable(() -> settings.update(s -> s.withActiveProfile(null)))
                .onSuccess(v -> connect()));
    }

    /** Shows a project's manuscript (from the Projects page). */
    public void openProject(studio.quire.project.Project project) {
        if (project == null || session.get() == null) {
            return;
        }
        openProject.set(project);
        page.set(Page.MANUSCRIPT);
    }

    public ReadOnlyObjectProperty<studio.quire.project.Project> openProjectProperty() {
        return openProject.getReadOnlyProperty();
    }

    public Command showManuscriptCommand() {
        return showManuscript;
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
            profileNeedingPassword.set(needed.profile());
            passwordPrompt.set("Password for " + needed.profile().user() + " on " + needed.profile().name());
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
        if (old != null) {
            executor.execute(BackgroundTask.ofRunnable(() -> {
                beforeSessionCloses.accept(old);
                old.close();
            }));
        }
    }

    /** What must happen, in the background, before a replaced session's database closes. */
    public void setBeforeSessionCloses(java.util.function.Consumer<Session> hook) {
        this.beforeSessionCloses = java.util.Objects.requireNonNull(hook);
    }

    /** The status bar's sentence about what replaying the journal did (a problem, or good news). */
    public StatusNotice notice() {
        return notice;
    }

    private static String messageOf(Throwable error) {
        return error instanceof DatabaseUnavailableException ? error.getMessage()
                : "Something went wrong while connecting: " + error.getMessage() + ". Details are in the log.";
    }

    private void describe(Session now) {
        connectionLabel.set(now == null ? "" : now.whereLabel());
        personLabel.set(now == null ? "" : now.whoLabel());
    }

    private void toggleTheme() {
        Settings.Theme next = theme.get() == Settings.Theme.LIGHT ? Settings.Theme.DARK : Settings.Theme.LIGHT;
        theme.set(next);
        executor.execute(BackgroundTask.ofRunnable(() -> settings.update(s -> s.withTheme(next))));
    }

    public Settings.WindowBounds savedWindow() {
        return settings.get().window();
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

    /** True when Quire is set to use a team server (so "use this computer's database" makes sense). */
    public javafx.beans.property.ReadOnlyBooleanProperty serverChosenProperty() {
        return serverChosen.getReadOnlyProperty();
    }

    /** What the password prompt asks, e.g. "Password for ada on Team server". */
    public ReadOnlyStringProperty passwordPromptProperty() {
        return passwordPrompt.getReadOnlyProperty();
    }

    public ObjectProperty<Page> pageProperty() {
        return page;
    }

    public ReadOnlyObjectProperty<Settings.Theme> themeProperty() {
        return theme;
    }

    /** Whom File › Switch person offers, by display name and role. */
    public ObservableList<SwitchablePerson> switchablePeople() {
        return switchablePeople;
    }

    /** What the status bar says about the database: where it is, what is happening, or that it is not there. */
    public javafx.beans.binding.StringBinding statusTextProperty() {
        return statusText;
    }

    public ReadOnlyStringProperty connectionLabelProperty() {
        return connectionLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty personLabelProperty() {
        return personLabel.getReadOnlyProperty();
    }

    public BooleanBinding embeddedProperty() {
        return embedded;
    }

    public BooleanBinding readyProperty() {
        return ready;
    }

    public Command retryCommand() {
        return retry;
    }

    public Command toggleThemeCommand() {
        return toggleTheme;
    }

    public Command showProjectsCommand() {
        return showProjects;
    }

    public Command showPeopleCommand() {
        return showPeople;
    }

    /** The approval queue: what waits for the signed-in person's decision. */
    public Command showReviewCommand() {
        return showReview;
    }

    public Command showInboxCommand() {
        return showInbox;
    }

    public Command showWorkflowsCommand() {
        return showWorkflows;
    }
}
