package studio.quire.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * quire.jar's entry point in a child JVM, as a person starts it: the main class path only (no
 * test classes, so no logback-test.xml: the app's own logging, quire.log plus warnings on the
 * console) and none of surefire's headless JavaFX properties.
 */
public final class LauncherProcess {
    private LauncherProcess() {
    }

    /**
     * A process builder for {@code studio.quire.launch.Launcher args}, with the test JVM's
     * environment changed by {@code environment} (e.g. to remove DISPLAY).
     */
    public static ProcessBuilder builder(Consumer<Map<String, String>> environment, String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", mainClassPath(), "studio.quire.launch.Launcher"));
        command.addAll(Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        environment.accept(builder.environment());
        return builder;
    }

    public static Process start(Consumer<Map<String, String>> environment, String... args) throws IOException {
        return builder(environment, args).start();
    }

    private static String mainClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }
}
