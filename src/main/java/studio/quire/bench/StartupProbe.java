package studio.quire.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Starts the studio in a child JVM (headless, same class path) and measures, from
 * {@code ProcessBuilder.start()}, when it reports its first frame and its connection on stdout
 * ({@code QUIRE_FIRST_FRAME_MS <ms>}, {@code QUIRE_CONNECTED_MS <ms>}).
 */
final class StartupProbe {
    static final String FIRST_FRAME = "QUIRE_FIRST_FRAME_MS";
    static final String CONNECTED = "QUIRE_CONNECTED_MS";
    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(60);
    private static final String END = "\u0000end";

    private final String mainClass;
    private final Path home;
    private final Duration probeTimeout;

    StartupProbe(String mainClass, Path home, Duration probeTimeout) {
        this.mainClass = mainClass;
        this.home = home;
        this.probeTimeout = probeTimeout;
    }

    /** Wall times of one start; a missing line leaves its time empty. */
    record Times(OptionalDouble firstFrameMs, OptionalDouble connectedMs, int exitCode) {
    }

    Times run() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dquire.startup.probe=true", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Djava.awt.headless=true", mainClass));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectError(home.resolve("startup-child.err").toFile());
        builder.environment().put("QUIRE_HOME", home.toString());
        builder.environment().remove("QUIRE_DB_URL");
        BlockingQueue<Line> lines = new LinkedBlockingQueue<>();
        long started = System.nanoTime();
        Process child = builder.start();
        Thread reader = new Thread(() -> readLines(child, lines), "startup-probe-stdout");
        reader.setDaemon(true);
        reader.start();
        OptionalDouble firstFrame = OptionalDouble.empty();
        OptionalDouble connected = OptionalDouble.empty();
        long deadline = started + probeTimeout.toNanos();
        try {
            while (connected.isEmpty()) {
                Line line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (line == null || line.text() == END) {
                    break;
                }
                double ms = (line.at() - started) / 1e6;
                if (line.text().startsWith(FIRST_FRAME) && firstFrame.isEmpty()) {
                    firstFrame = OptionalDouble.of(ms);
                } else if (line.text().startsWith(CONNECTED)) {
                    connected = OptionalDouble.of(ms);
                }
            }
            boolean exited = child.waitFor(firstFrame.isPresent() ? EXIT_TIMEOUT.toMillis()
                    : Math.max(0, (deadline - System.nanoTime()) / 1_000_000), TimeUnit.MILLISECONDS);
            return new Times(firstFrame, connected, exited ? child.exitValue() : -1);
        } finally {
            stop(child);
        }
    }

    private static void stop(Process child) throws InterruptedException {
        if (!child.isAlive()) {
            return;
        }
        child.destroy(); // lets the studio stop its database
        if (!child.waitFor(10, TimeUnit.SECONDS)) {
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static void readLines(Process child, BlockingQueue<Line> lines) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String text = out.readLine(); text != null; text = out.readLine()) {
                lines.add(new Line(text, System.nanoTime()));
            }
        } catch (IOException e) {
            // the child went away: treated like the end of its output
        } finally {
            lines.add(new Line(END, System.nanoTime()));
        }
    }

    private record Line(String text, long at) {
    }

    static Optional<String> describe(Times times) {
        return times.firstFrameMs().isPresent() ? Optional.empty()
                : Optional.of("the studio printed no " + FIRST_FRAME + " line (exit code " + times.exitCode() + ")");
    }
}
