package studio.quire.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.quire.admin.NewPersonPasswords;
import studio.quire.admin.PeopleRepository;
import studio.quire.admin.PeopleView;
import studio.quire.admin.PeopleViewModel;
import studio.quire.admin.Role;
import studio.quire.db.LocalCredentials;
import studio.quire.project.ProjectRepository;
import studio.quire.project.ProjectsView;
import studio.quire.project.ProjectsViewModel;
import studio.quire.ui.FxTaskExecutor;
import studio.quire.ui.TaskExecutor;

import java.lang.management.ManagementFactory;
import java.util.Map;

/**
 * The composition root: builds every object by constructor, shows the window at once, and
 * connects in the background. Nothing here blocks the FX thread.
 */
public final class QuireApp extends Application implements FeatureViews {
    private static final Logger LOG = LoggerFactory.getLogger(QuireApp.class);
    /** With this system property, print startup timings and exit once signed in (the bench uses it). */
    public static final String STARTUP_PROBE = "quire.startup.probe";

    private TaskExecutor executor;
    private SessionOpener opener;
    private MainWindowViewModel viewModel;

    @Override
    public void start(Stage stage) {
        Map<String, String> environment = System.getenv();
        DataDirectory directory = DataDirectory.fromEnvironment(environment);
        SettingsStore settings = new SettingsStore(directory.settingsFile());
        executor = new FxTaskExecutor(Platform::runLater, 3);
        opener = new SessionOpener(directory, settings, environment);
        viewModel = new MainWindowViewModel(opener, settings, executor);

        applyTheme(viewModel.themeProperty().get());
        viewModel.themeProperty().addListener((obs, old, theme) -> applyTheme(theme));
        MainWindowView view = new MainWindowView(viewModel, this);
        Scene scene = new Scene(view, 1100, 720);
        scene.getStylesheets().add(QuireApp.class.getResource("quire.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle("Quire");
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        restoreBounds(stage, viewModel.savedWindow());
        stage.setOnCloseRequest(e -> viewModel.rememberWindow(boundsOf(stage)));
        if (Boolean.getBoolean(STARTUP_PROBE)) {
            installStartupProbe(scene);
        }
        stage.show();
        viewModel.connect();
    }

    @Override
    public Node projects(Session session) {
        Role role = session.organization().role();
        ProjectsViewModel projects = new ProjectsViewModel(new ProjectRepository(session.database().dsl()),
                session.organization().orgId(), role != Role.EDITOR, executor);
        projects.load();
        return new ProjectsView(projects);
    }

    @Override
    public Node people(Session session) {
        PeopleViewModel people = new PeopleViewModel(new PeopleRepository(session.database().dsl()),
                session.organization().orgId(), session.identity().personId(), passwordsFor(session), executor);
        people.load();
        return new PeopleView(people);
    }

    private NewPersonPasswords passwordsFor(Session session) {
        if (session.isEmbedded() && opener.embeddedServer().isPresent()) {
            LocalCredentials credentials = opener.embeddedServer().get().credentials();
            return login -> {
                String password = credentials.passwordOrCreate(login);
                return new NewPersonPasswords.Issued(password, "Switch to them from File › Switch person.");
            };
        }
        return login -> {
            String password = LocalCredentials.newPassword();
            return new NewPersonPasswords.Issued(password, "Their first password (shown once, share it privately): " + password);
        };
    }

    private static void applyTheme(Settings.Theme theme) {
        Application.setUserAgentStylesheet(theme == Settings.Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }

    private static void restoreBounds(Stage stage, Settings.WindowBounds bounds) {
        if (bounds == null) {
            return;
        }
        Rectangle2D wanted = new Rectangle2D(bounds.x(), bounds.y(), bounds.width(), bounds.height());
        boolean visible = Screen.getScreens().stream().anyMatch(s -> s.getVisualBounds().intersects(wanted));
        if (visible) {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
        }
        stage.setWidth(Math.max(720, bounds.width()));
        stage.setHeight(Math.max(480, bounds.height()));
        stage.setMaximized(bounds.maximized());
    }

    private static Settings.WindowBounds boundsOf(Stage stage) {
        return new Settings.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
    }

    /** Prints the time from JVM start to the first frame, then to signed in, and exits. */
    private void installStartupProbe(Scene scene) {
        Runnable[] firstPulse = new Runnable[1];
        firstPulse[0] = () -> {
            scene.removePostLayoutPulseListener(firstPulse[0]);
            System.out.println("QUIRE_FIRST_FRAME_MS " + ManagementFactory.getRuntimeMXBean().getUptime());
        };
        scene.addPostLayoutPulseListener(firstPulse[0]);
        viewModel.stateProperty().addListener((obs, old, state) -> {
            if (state == ConnectionState.READY) {
                System.out.println("QUIRE_CONNECTED_MS " + ManagementFactory.getRuntimeMXBean().getUptime());
                Platform.exit();
            } else if (state == ConnectionState.FAILED || state == ConnectionState.PASSWORD_NEEDED) {
                System.out.println("QUIRE_FAILED " + viewModel.failureMessageProperty().get());
                Platform.exit();
            }
        });
    }

    @Override
    public void stop() {
        Session session = viewModel == null ? null : viewModel.sessionProperty().get();
        if (session != null) {
            session.close();
        }
        if (opener != null) {
            opener.close();
        }
        if (executor != null) {
            executor.close();
        }
        LOG.info("Quire closed");
    }
}
