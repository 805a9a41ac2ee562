package studio.quire.launch;

import javafx.application.Platform;
import javafx.stage.Stage;
import studio.quire.bench.WritingProbe;
import studio.quire.cli.QuireCli;

import java.lang.management.ManagementFactory;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import studio.quire.session.DataDirectory;
import studio.quire.session.LoggingSetup;
import studio.quire.session.SettingsStore;
import studio.quire.app.StartupMilestones;
import studio.quire.launch.GraphicalSession;
import studio.quire.app.Studio;

/**
 * The entry point of quire.jar: with no arguments it opens the studio, otherwise it runs a
 * command-line command. A plain class (not the JavaFX Application) so that the app runs from
 * the class path.
 */
public final class Launcher {
    /** With this system property, print start-up timings and close once signed in (the bench's probe). */
    public static final String STARTUP_PROBE = "quire.startup.probe";

    private Launcher() {
    }

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        DataDirectory directory = DataDirectory.fromEnvironment(System.getenv());
        System.setProperty(LoggingSetup.LOG_DIR_PROPERTY, directory.logs().toString());
        if (args.length == 0) {
            GraphicalSession.requireDisplay();
            openStudio(directory);
        } else {
            System.exit(new QuireCli(System.getenv()).run(args));
        }
    }

    /**
     * Starts the JavaFX toolkit while, in parallel, logging starts and the settings are read (both
     * take a few hundred milliseconds the first time), then shows the studio.
     */
    private static void openStudio(DataDirectory directory) {
        // Nothing that logs may run on this thread before the toolkit starts: logback's start-up
        // alone takes a few hundred milliseconds, and it can happen beside the toolkit's.
        CompletableFuture<SettingsStore> settings = CompletableFuture.supplyAsync(() -> {
            org.slf4j.LoggerFactory.getLogger(Launcher.class).info("Quire starting, data in {}", directory.home());
            SettingsStore store = new SettingsStore(directory.settingsFile());
            store.get();
            return store;
        });
        GraphicalSession.startToolkit(directory, () -> {
            Studio studio = new Studio(directory, settings.join(), System.getenv(), Platform::exit);
            Runtime.getRuntime().addShutdownHook(new Thread(studio::shutdown, "quire-exit"));
            Stage stage = new Stage();
            studio.show(stage, Boolean.getBoolean(STARTUP_PROBE) ? Optional.of(printedMilestones(studio)) : Optional.empty());
            if (System.getProperty(WritingProbe.PROPERTY) != null) {
                WritingProbe.start(studio.viewModel(), stage.getScene(), studio::close);
            }
        });
    }

    /** Milliseconds since the JVM started, printed for the benchmark that launched this process. */
    private static StartupMilestones printedMilestones(Studio studio) {
        return new StartupMilestones() {
            @Override
            public void firstFrame() {
                System.out.println("QUIRE_FIRST_FRAME_MS " + ManagementFactory.getRuntimeMXBean().getUptime());
            }

            @Override
            public void signedIn() {
                System.out.println("QUIRE_CONNECTED_MS " + ManagementFactory.getRuntimeMXBean().getUptime());
                studio.close();
            }

            @Override
            public void failed(String why) {
                System.out.println("QUIRE_FAILED " + why);
                studio.close();
            }
        };
    }
}
