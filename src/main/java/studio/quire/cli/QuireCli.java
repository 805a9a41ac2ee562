package studio.quire.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import studio.quire.app.SessionOpener;
import studio.quire.db.DatabaseUnavailableException;
import studio.quire.db.RefusedByDatabaseException;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The command-line interface: {@code quire <command>}. Exit codes: 0 done, 1 failed (with a
 * one-line reason on stderr), 2 the command line itself was wrong.
 */
public final class QuireCli {
    private static final Logger LOG = LoggerFactory.getLogger(QuireCli.class);

    private final CliContext context;

    public QuireCli(Map<String, String> environment) {
        this(environment, System.out, System.err, System.in);
    }

    /** For tests and embedding: where output goes and where a password may be read from. */
    public QuireCli(Map<String, String> environment, PrintStream out, PrintStream err, InputStream in) {
        this.context = new CliContext(environment, out, err, in);
    }

    /** Runs one command; returns the process exit code. */
    public int run(String... args) {
        CommandLine cli = commandLine();
        return cli.execute(args);
    }

    CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Root());
        cli.addSubcommand(new DbInfoCommand(context));
        cli.addSubcommand(new MigrateCommand(context));
        cli.addSubcommand(PeopleCommand.commandLine(context));
        cli.addSubcommand(new SeedDemoCommand(context));
        cli.addSubcommand(new BenchCommand(context));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(new PrintWriter(context.out(), true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(context.err(), true, StandardCharsets.UTF_8));
        cli.setExecutionExceptionHandler(this::failed);
        return cli;
    }

    private int failed(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
        String message;
        if (e instanceof DatabaseUnavailableException || e instanceof RefusedByDatabaseException
                || e instanceof CliFailure || e instanceof SessionOpener.PasswordNeededException) {
            message = e.getMessage();
            LOG.info("{} failed: {}", command.getCommandName(), message);
            LOG.debug("{} failed", command.getCommandName(), e);
        } else {
            message = "Unexpected error: " + e + ". Details are in the log (" + context.directory().logs() + ").";
            // INFO, not ERROR: logback's console appender shows WARN and up on stderr, and the
            // user gets the one-line message; the stack trace belongs in quire.log only.
            LOG.info("{} failed unexpectedly", command.getCommandName(), e);
        }
        context.err().println(message);
        return 1;
    }

    @Command(name = "quire", mixinStandardHelpOptions = true, version = "Quire 0.1",
            description = "Quire, the authoring studio. Without a command, opens the studio.%n"
                    + "Uses the embedded database in QUIRE_HOME (default ~/.local/share/quire), or the server "
                    + "given by QUIRE_DB_URL, QUIRE_DB_USER and QUIRE_DB_PASSWORD.")
    static final class Root implements Runnable {
        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing command.");
        }
    }
}
