package studio.quire.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The command-line interface: {@code quire <command>}. Every failure ends as one line in words on
 * stderr (see {@link FailureReport}) with its detail in quire.log, and one of these exit codes:
 * {@link #FAILED}, {@link #USAGE}, {@link #UNREACHABLE}.
 */
public final class QuireCli {
    /** The command did not do its work (refused, not found, unexpected): the line says why. */
    public static final int FAILED = 1;
    /** The command line or the environment (QUIRE_DB_URL) was wrong: nothing was tried. */
    public static final int USAGE = 2;
    /** The database could not be reached or went away: trying again later may work. */
    public static final int UNREACHABLE = 3;

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
        cli.setExecutionExceptionHandler((e, command, parsed) -> failed(e, command));
        cli.setParameterExceptionHandler((e, args) -> failed(e, e.getCommandLine()));
        return cli;
    }

    private int failed(Exception e, CommandLine command) {
        FailureReport report = FailureReport.of(e, context.directory().logs().resolve("quire.log"));
        if (e instanceof CommandLine.ParameterException || e instanceof CliFailure) {
            LOG.info("{} refused: {}", command.getCommandName(), report.line());
        } else {
            // INFO, not ERROR: logback's console appender shows WARN and up on stderr, and the
            // user gets the one-line message; the stack trace belongs in quire.log only.
            LOG.info("{} failed: {}", command.getCommandName(), report.line(), e);
        }
        context.err().println(report.line());
        return report.exitCode();
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
