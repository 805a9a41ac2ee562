package studio.quire.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Starts the studio in a child JVM (headless, same class path) and measures, from
 * {@code ProcessBuilder.start()}, when it reports its first frame and its connection on stdout
 * ({@code QUIRE_FIRST_FRAME_MS <ms>}, {@code QUIRE_CONNECTED_MS <ms>}).
 */
final class StartupProbe {
    static final String FIRST_FRAME = "QUIRE_FIRST_FRAME_MS";
    static final String CONNECTED = "QUIRE_CONNECTED_MS";
    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(60);

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
        try (ChildStudio child = ChildStudio.start(mainClass, home, "startup-child", Map.of("quire.startup.probe", "true"))) {
            OptionalDouble firstFrame = OptionalDouble.empty();
            OptionalDouble connected = OptionalDouble.empty();
            long deadline = System.nanoTime() + probeTimeout.toNanos();
            while (connected.isEmpty()) {
                ChildStudio.Line line = child.next(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
                if (line.isEnd()) {
                    break;
                }
                if (line.text().startsWith(FIRST_FRAME) && firstFrame.isEmpty()) {
                    firstFrame = OptionalDouble.of(child.millisToReach(line));
                } else if (line.text().startsWith(CONNECTED)) {
                    connected = OptionalDouble.of(child.millisToReach(line));
                }
            }
            boolean exited = child.waitFor(firstFrame.isPresent() ? EXIT_TIMEOUT
                    : Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
            return new Times(firstFrame, connected, exited ? child.process().exitValue() : -1);
        }
    }

    static Optional<String> describe(Times times) {
        return times.firstFrameMs().isPresent() ? Optional.empty()
                : Optional.of("the studio printed no " + FIRST_FRAME + " line (exit code " + times.exitCode() + ")");
    }
}
