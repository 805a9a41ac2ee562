package studio.quire.app;

import javafx.application.Application;
import studio.quire.cli.QuireCli;

/**
 * The entry point of quire.jar: with no arguments it opens the studio, otherwise it runs a
 * command-line command. A plain class (not the JavaFX Application) so that the app runs from
 * the class path.
 */
public final class Launcher {
    /** Set by {@link #main} before anything logs: where logback writes quire.log. */
    public static final String LOG_DIR_PROPERTY = "quire.log.dir";

    private Launcher() {
    }

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        DataDirectory directory = DataDirectory.fromEnvironment(System.getenv());
        System.setProperty(LOG_DIR_PROPERTY, directory.logs().toString());
        if (args.length == 0) {
            Application.launch(QuireApp.class);
        } else {
            System.exit(new QuireCli(System.getenv()).run(args));
        }
    }
}
