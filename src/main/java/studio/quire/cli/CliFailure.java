package studio.quire.cli;

/** A command failed for a reason the user can understand: printed as-is, exit code 1. */
final class CliFailure extends RuntimeException {
    CliFailure(String message) {
        super(message);
    }

    CliFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
