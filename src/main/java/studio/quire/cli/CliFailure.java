package studio.quire.cli;

/** A command failed for a reason the user can understand: printed as-is, with its exit code (1 unless said). */
final class CliFailure extends RuntimeException {
    private final int exitCode;

    CliFailure(String message) {
        this(message, QuireCli.FAILED);
    }

    CliFailure(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    CliFailure(String message, Throwable cause) {
        super(message, cause);
        this.exitCode = QuireCli.FAILED;
    }

    int exitCode() {
        return exitCode;
    }
}
