package studio.quire.testsupport;

import studio.quire.db.InstanceLock;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Another Quire process holding a data directory, as a first studio does: it takes the instance
 * lock (writing its PID into it) and keeps it until {@link #quit()}, when it ends like a studio
 * that was closed.
 */
public final class OtherQuire implements AutoCloseable {
    private static final String HOLDING = "OTHER-QUIRE-HOLDING ";
    private final Process process;

    private OtherQuire(Process process) {
        this.process = process;
    }

    /** Starts the other process and returns once it holds {@code home}. */
    public static OtherQuire holding(Path home) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                OtherQuire.class.getName(), home.toString())).redirectErrorStream(true).start();
        String line = CompletableFuture.supplyAsync(() -> {
            try {
                BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                for (String l = out.readLine(); l != null; l = out.readLine()) {
                    if (l.startsWith(HOLDING)) {
                        return l;
                    }
                }
                return "(the other Quire exited without taking the lock)";
            } catch (IOException e) {
                return "(reading the other Quire failed: " + e + ")";
            }
        }).get(60, TimeUnit.SECONDS);
        if (!line.startsWith(HOLDING)) {
            process.destroyForcibly();
            throw new IllegalStateException(line);
        }
        return new OtherQuire(process);
    }

    public long pid() {
        return process.pid();
    }

    /** Ends the other process (as its window closing would) and waits until it has gone. */
    public void quit() throws Exception {
        process.getOutputStream().close();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            quit();
        }
    }

    public static void main(String[] args) throws Exception {
        try (InstanceLock lock = InstanceLock.tryAcquire(Path.of(args[0])).orElseThrow()) {
            System.out.println(HOLDING + ProcessHandle.current().pid());
            System.out.flush();
            while (System.in.read() >= 0) {
                // Holds the data directory until the parent closes our input.
            }
        }
    }
}
