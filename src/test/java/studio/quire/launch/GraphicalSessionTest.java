package studio.quire.launch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import studio.quire.testsupport.LauncherProcess;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starting the studio where there is no display: one line that says so and where the commands
 * are, exit code 4, no stack trace. The real quire.jar entry point in a child JVM without
 * surefire's headless JavaFX properties.
 */
@studio.quire.testsupport.Slow
class GraphicalSessionTest {
    @TempDir
    Path home;

    @Test
    @Timeout(120)
    void launcher_noDisplaySet_printsOneLineAndExitsWithItsCode() throws Exception {
        List<String> err = studio(env -> {
            env.remove("DISPLAY");
            env.remove("WAYLAND_DISPLAY");
        });

        assertThat(err).containsExactly("Quire needs a graphical desktop to open the studio (no display found: "
                + "DISPLAY is not set). Commands work without one: quire --help");
    }

    @Test
    @Timeout(120)
    void launcher_displayThatCannotBeOpened_printsOneLineAndExitsWithItsCode() throws Exception {
        List<String> err = studio(env -> env.put("DISPLAY", ":987"));

        assertThat(err).containsExactly("Quire needs a graphical desktop to open the studio (no display found: "
                + "cannot open DISPLAY=:987). Commands work without one: quire --help");
    }

    @Test
    void missingDisplay_headlessGlassOrAnotherSystem_isNoReasonToStop() {
        Properties linux = new Properties();
        linux.setProperty("os.name", "Linux");
        Properties monocle = (Properties) linux.clone();
        monocle.setProperty("glass.platform", "Monocle");
        Properties mac = new Properties();
        mac.setProperty("os.name", "Mac OS X");

        assertThat(GraphicalSession.missingDisplay(Map.of(), linux)).contains("DISPLAY is not set");
        assertThat(GraphicalSession.missingDisplay(Map.of("WAYLAND_DISPLAY", "wayland-0"), linux))
                .contains("DISPLAY is not set; under Wayland Quire needs XWayland");
        assertThat(GraphicalSession.missingDisplay(Map.of("DISPLAY", ":0"), linux)).isEmpty();
        assertThat(GraphicalSession.missingDisplay(Map.of(), monocle)).isEmpty();
        assertThat(GraphicalSession.missingDisplay(Map.of(), mac)).isEmpty();
    }

    /** The studio started with no arguments; its stderr lines once it has exited with the no-display code. */
    private List<String> studio(java.util.function.Consumer<Map<String, String>> display) throws Exception {
        Process studio = LauncherProcess.builder(env -> {
            env.put("QUIRE_HOME", home.toString());
            display.accept(env);
        }).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        studio.getOutputStream().close();
        String err = new String(studio.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(studio.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(studio.exitValue()).as(err).isEqualTo(GraphicalSession.NO_DISPLAY);
        return err.lines().toList();
    }
}
