package studio.quire.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.quire.ui.FxTaskExecutor;
import studio.quire.ui.Pulses;
import studio.quire.ui.TaskExecutor;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import studio.quire.session.Session;
import studio.quire.session.SessionOpener;
import studio.quire.session.DataDirectory;
import studio.quire.session.Settings;
import studio.quire.session.SettingsStore;
import studio.quire.app.window.MainWindowView;
import studio.quire.app.window.MainWindowViewModel;
import studio.quire.app.window.WindowPlacement;
import studio.quire.app.signin.ConnectionState;

/**
 * The composition root of the studio: builds every object by constructor, shows the window at
 * once, and connects in the background. Nothing here blocks the FX thread; shutting down (closing
 * pools, stopping the embedded server) happens on its own thread after the window is gone.
 */
public final class Studio {
    private static final Logger LOG = LoggerFactory.getLogger(Studio.class);

    private final SettingsStore settings;
    private final TaskExecutor executor;
    private final SessionOpener opener;
    private final MainWindowViewModel viewModel;
    private final AtomicBoolean shutDown = new AtomicBoolean();
    private final Runnable afterShutdown;
    private Settings.WindowBounds lastBounds;
    private Stage stage;
    private StudioFeatures features;

    /**
     * @param afterShutdown what to do once the window is closed and everything is stopped (the
     *                      launcher ends the toolkit; a test does nothing)
     */
    public Studio(DataDirectory directory, SettingsStore settings, Map<String, String> environment, Runnable afterShutdown) {
        this.settings = settings;
        this.afterShutdown = afterShutdown;
        this.executor = new FxTaskExecutor(Platform::runLater, 3);
        this.opener = new SessionOpener(directory, settings, environment);
        this.viewModel = new MainWindowViewModel(opener, settings, executor);
    }

    /** Shows the window (call on the FX thread) and starts connecting. */
    public void show(Stage stage, Optional<StartupMilestones> milestones) {
        this.stage = stage;
        applyTheme(viewModel.themeProperty().get());
        viewModel.themeProperty().addListener((obs, old, theme) -> applyTheme(theme));
        features = new StudioFeatures(executor, opener, viewModel.navigation()::openProject,
                viewModel.notice()::problem, viewModel.notice()::goodNews);
        features.setOnShowReview(() -> viewModel.navigation().show(StudioFeatures.REVIEW));
        viewModel.session().setBeforeSessionCloses(features::closeWriting);
        MainWindowView view = new MainWindowView(viewModel, features);
        Scene scene = new Scene(view);
        scene.getStylesheets().add(Studio.class.getResource("quire.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle("Quire");
        WindowPlacement.place(stage, viewModel.savedWindow());
        stage.setOnCloseRequest(e -> lastBounds = WindowPlacement.boundsOf(stage));
        // Before the window goes: the writing session ends and the editor hands over its last edits.
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDING, e -> view.closeManuscript());
        stage.setOnHidden(e -> shutDownInBackground());
        milestones.ifPresent(m -> report(scene, m));
        stage.show();
        // Only now: connecting beside the window's first layout slows the first frame down.
        viewModel.session().connect();
    }

    private void shutDownInBackground() {
        Thread closer = new Thread(() -> {
            shutdown();
            afterShutdown.run();
        }, "quire-shutdown");
        closer.start();
    }

    /** Saves the window's place, signs out and stops the embedded server. Safe to call twice. */
    public void shutdown() {
        if (!shutDown.compareAndSet(false, true)) {
            return;
        }
        // A window refused because another Quire holds the directory leaves the settings to that one.
        if (lastBounds != null && viewModel.session().stateProperty().get() != ConnectionState.ALREADY_RUNNING) {
            Settings.WindowBounds bounds = lastBounds;
            settings.update(s -> s.withWindow(bounds));
        }
        if (features != null) {
            // The closing desk's last edits travel on the executor: let them arrive before it stops.
            features.awaitHandOvers();
        }
        executor.close();
        if (features != null) {
            // Savers save what is pending while the database is still open; the journal has it anyway.
            features.close();
        }
        Session session = viewModel.session().sessionProperty().get();
        if (session != null) {
            session.close();
        }
        opener.close();
        LOG.info("Quire closed");
    }

    private static void applyTheme(Settings.Theme theme) {
        Application.setUserAgentStylesheet(theme == Settings.Theme.DARK
                ? new PrimerDark().getUserAgentStylesheetBSS() : new PrimerLight().getUserAgentStylesheetBSS());
    }

    /** Tells {@code milestones} about the first frame and the outcome of signing in. */
    private void report(Scene scene, StartupMilestones milestones) {
        Pulses.afterNextLayout(scene, milestones::firstFrame);
        viewModel.session().stateProperty().addListener((obs, old, state) -> {
            if (state == ConnectionState.READY) {
                milestones.signedIn();
            } else if (state == ConnectionState.FAILED || state == ConnectionState.PASSWORD_NEEDED) {
                milestones.failed(viewModel.session().failureMessageProperty().get());
            } else if (state == ConnectionState.ALREADY_RUNNING) {
                milestones.failed(viewModel.session().directoryInUse().messageProperty().get());
            }
        });
    }

    /** The window's view model (the bench's scripted writer drives the studio through it). */
    public MainWindowViewModel viewModel() {
        return viewModel;
    }

    /** Closes the window; everything is then stopped as if the person had closed it. */
    public void close() {
        if (stage != null) {
            stage.hide();
        }
    }
}

