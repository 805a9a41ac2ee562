package studio.quire.launch;

import javafx.application.Platform;
import org.slf4j.LoggerFactory;
import studio.quire.ui.ErrorText;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

import studio.quire.session.DataDirectory;

/**
 * Whether the studio can open a window here. Without a display, JavaFX ends in a stack trace
 * ("Unable to open DISPLAY"); Quire says it in one line instead, and names the command line,
 * which needs no display. Checked before the toolkit starts, and again if the toolkit fails.
 */
final class GraphicalSession {
    /** The exit code when there is no display to open the studio on. */
    static final int NO_DISPLAY = 4;

    /**
     * JavaFX warns on every class-path start that it is an "unsupported configuration": true of any
     * run from a jar, nothing a person can act on, and two lines in front of the one that matters.
     * Held here: java.util.logging keeps loggers only weakly, and with them their filters.
     */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    private GraphicalSession() {
    }

    /** Exits with one line on stderr when there is clearly no display; returns when there may be one. */
    static void requireDisplay() {
        missingDisplay(System.getenv(), System.getProperties()).ifPresent(reason -> {
            System.err.println(message(reason, System.getProperties()));
            System.exit(NO_DISPLAY);
        });
    }

    /**
     * Starts the JavaFX toolkit and then {@code start} on its thread. If the toolkit cannot start,
     * one line says why (the display, or another reason with the log for the detail) and Quire exits.
     */
    static void startToolkit(DataDirectory directory, Runnable start) {
        quietClassPathWarning();
        try {
            Platform.startup(start);
        } catch (RuntimeException | LinkageError e) {
            LoggerFactory.getLogger(GraphicalSession.class).info("The window toolkit did not start", e);
            if (isNoDisplay(e)) {
                System.err.println(message("cannot open DISPLAY=" + System.getenv("DISPLAY"), System.getProperties()));
                System.exit(NO_DISPLAY);
            }
            System.err.println("Quire could not open its window: " + ErrorText.inWords(e, 150).replaceFirst("[.;:]+$", "")
                    + "; details are in " + directory.logs().resolve("quire.log") + ".");
            System.exit(1);
        }
    }

    /** The reason there is no display, or empty when the studio can try to open one. */
    static Optional<String> missingDisplay(Map<String, String> env, Properties system) {
        String platform = system.getProperty("glass.platform", "gtk");
        boolean linux = system.getProperty("os.name", "").startsWith("Linux");
        if (!linux || !platform.equalsIgnoreCase("gtk") || Boolean.parseBoolean(system.getProperty("testfx.headless"))) {
            return Optional.empty(); // another window system, or a headless glass (tests, benchmarks)
        }
        String display = env.get("DISPLAY");
        if (display != null && !display.isBlank()) {
            return Optional.empty();
        }
        String wayland = env.get("WAYLAND_DISPLAY");
        return Optional.of(wayland != null && !wayland.isBlank()
                ? "DISPLAY is not set; under Wayland Quire needs XWayland" : "DISPLAY is not set");
    }

    /** The one line for a missing display, naming how to reach the commands from here. */
    static String message(String reason, Properties system) {
        return "Quire needs a graphical desktop to open the studio (no display found: " + reason
                + "). Commands work without one: " + commandLine(system) + " --help";
    }

    /** True when the toolkit failed because it could not open the display, its fallback for {@link #missingDisplay}. */
    static boolean isNoDisplay(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).contains("Unable to open DISPLAY")) {
                return true;
            }
        }
        return false;
    }

    /** Keeps JavaFX's class-path warning off the terminal; its other warnings still show. */
    static void quietClassPathWarning() {
        JAVAFX_LOG.setFilter(log -> !String.valueOf(log.getMessage()).startsWith("Unsupported JavaFX configuration"));
    }

    /** How this Quire was started: the packaged launcher, {@code java -jar <jar>}, or {@code quire}. */
    private static String commandLine(Properties system) {
        String launcher = system.getProperty("jpackage.app-path");
        if (launcher != null && !launcher.isBlank()) {
            return launcher;
        }
        try {
            Path jar = Path.of(GraphicalSession.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (jar.getFileName() != null && jar.getFileName().toString().endsWith(".jar")) {
                Path here = Path.of("").toAbsolutePath();
                return "java -jar " + (jar.startsWith(here) ? here.relativize(jar) : jar);
            }
        } catch (java.net.URISyntaxException | RuntimeException e) {
            // Unknown origin: the generic name below.
        }
        return "quire";
    }
}
