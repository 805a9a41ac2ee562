package studio.quire.bench;

import studio.quire.session.JvmOptions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The studio in a child JVM (headless, same class path, its own data directory), with its stdout
 * read line by line as it comes: the bench's probes and the kill -9 test talk to it this way.
 */
public final class ChildStudio implements AutoCloseable {
    /** What {@link #next} returns when the child's output has ended. */
    public static final Line END = new Line("\u0000end", 0);

    private final Process process;
    private final long started;
    private final BlockingQueue<Line> lines = new LinkedBlockingQueue<>();

    /** A line of the child's stdout and when it was read ({@link System#nanoTime()}). */
    public record Line(String text, long at) {
        public boolean isEnd() {
            return text.equals(END.text);
        }
    }

    private ChildStudio(Process process, long started) {
        this.process = process;
        this.started = started;
        Thread reader = new Thread(this::readLines, "child-studio-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts {@code mainClass} with {@code QUIRE_HOME=home} and the given system properties; its
     * stderr goes to {@code home/<name>.err}.
     */
    public static ChildStudio start(String mainClass, Path home, String name, Map<String, String> properties)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command(mainClass, properties))
                .redirectError(home.resolve(name + ".err").toFile());
        builder.environment().put("QUIRE_HOME", home.toString());
        builder.environment().remove("QUIRE_DB_URL");
        long started = System.nanoTime();
        return new ChildStudio(builder.start(), started);
    }

    /**
     * The child's command line: the studio's own Java options ({@link JvmOptions#STUDIO}, as the
     * README's run command and the packaged app start it), headless glass, then {@code properties}.
     */
    static List<String> command(String mainClass, Map<String, String> properties) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JvmOptions.STUDIO);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "-Dglass.platform=Monocle",
                "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Djava.awt.headless=true"));
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add(mainClass);
        return command;
    }

    /** The next line, or {@link #END} when the output ended or {@code timeout} passed. */
    public Line next(Duration timeout) throws InterruptedException {
        Line line = lines.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
        return line == null ? END : line;
    }

    /** Milliseconds from starting the child to when {@code line} was read. */
    public double millisToReach(Line line) {
        return (line.at() - started) / 1e6;
    }

    public Process process() {
        return process;
    }

    /** Waits for the child to end by itself; false if it is still running after {@code timeout}. */
    public boolean waitFor(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Asks the child to stop (so it stops its database), then forces it after ten seconds. */
    @Override
    public void close() throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private void readLines() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String text = out.readLine(); text != null; text = out.readLine()) {
                lines.add(new Line(text, System.nanoTime()));
            }
        } catch (IOException e) {
            // the child went away: treated like the end of its output
        } finally {
            lines.add(END);
        }
    }
}
