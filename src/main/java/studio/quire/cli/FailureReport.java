package studio.quire.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import studio.quire.session.SessionOpener;
import studio.quire.db.DatabaseProblems;
import studio.quire.db.DatabaseUnavailableException;
import studio.quire.db.EnvironmentTarget;
import studio.quire.db.RefusedByDatabaseException;
import studio.quire.ui.ErrorText;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * The one place where a failed command becomes what the person at the terminal sees: one line in
 * words (no class names, no SQL, no stack trace, at most {@link #MAX_LENGTH} characters) and a
 * stable exit code. The caller writes the failure itself to the log.
 */
record FailureReport(int exitCode, String line) {
    /** A line longer than this is cut: a terminal line or two, never a screenful of SQL. */
    static final int MAX_LENGTH = 300;

    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(int.class, long.class, short.class, byte.class,
            Integer.class, Long.class, Short.class, Byte.class);

    /** Any failure of a command; {@code logFile} is named when only the log can say more. */
    static FailureReport of(Throwable failure, Path logFile) {
        if (failure instanceof CommandLine.ParameterException wrong) {
            return new FailureReport(QuireCli.USAGE, usage(wrong));
        }
        if (failure instanceof CliFailure said) {
            return new FailureReport(said.exitCode(), firstLine(said.getMessage()));
        }
        if (DatabaseProblems.isMissingDriver(failure)) {
            return new FailureReport(QuireCli.USAGE, EnvironmentTarget.NOT_AN_ADDRESS);
        }
        if (failure instanceof DatabaseUnavailableException || failure instanceof SessionOpener.PasswordNeededException) {
            // Written for people already (unreachable at sign-in names the address); only whether
            // to try again later decides the code.
            int code = DatabaseProblems.connectionLost(failure) ? QuireCli.UNREACHABLE : QuireCli.FAILED;
            return new FailureReport(code, firstLine(failure.getMessage()));
        }
        Optional<DatabaseProblems.Problem> database = DatabaseProblems.during(failure);
        if (database.isPresent()) {
            int code = database.get().kind() == DatabaseProblems.Kind.UNREACHABLE ? QuireCli.UNREACHABLE : QuireCli.FAILED;
            return new FailureReport(code, firstLine(database.get().message()));
        }
        if (failure instanceof RefusedByDatabaseException refused) {
            return new FailureReport(QuireCli.FAILED, firstLine(refused.getMessage()));
        }
        String cause = ErrorText.inWords(failure, MAX_LENGTH / 2).replaceFirst("[.;:]+$", "");
        return new FailureReport(QuireCli.FAILED,
                firstLine("Quire could not finish: " + cause + "; details are in " + logFile + "."));
    }

    /**
     * A command line picocli could not accept, in one line: a number option says which whole
     * numbers it takes (picocli itself would say "'x' is not a long"), and where help is.
     */
    static String usage(CommandLine.ParameterException wrong) {
        String reason = firstLine(wrong.getMessage());
        ArgSpec arg = wrong.getArgSpec();
        if (arg instanceof OptionSpec option) {
            if (wrong.getCause() instanceof WholeNumbers.OutOfRange range) {
                reason = option.longestName() + " " + range.getMessage();
            } else if (WHOLE_NUMBERS.contains(option.type())) {
                reason = option.longestName() + " must be a whole number.";
            }
        }
        String help = wrong.getCommandLine().getCommandSpec().qualifiedName() + " --help";
        return firstLine(reason.replaceFirst("\\.?$", ".") + " See " + help + ".");
    }

    private static String firstLine(String message) {
        String text = String.valueOf(message).strip();
        int newline = text.indexOf('\n');
        return ErrorText.bounded(newline < 0 ? text : text.substring(0, newline).strip(), MAX_LENGTH);
    }
}
