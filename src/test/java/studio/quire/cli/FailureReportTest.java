package studio.quire.cli;

import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.postgresql.util.ServerErrorMessage;
import studio.quire.db.RefusedByDatabaseException;

import java.io.EOFException;
import java.nio.file.Path;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of failure becomes one line in words with a stable exit code (no database needed). */
class FailureReportTest {
    private static final Path LOG = Path.of("/home/ada/.local/share/quire/logs/quire.log");
    private static final String SQL = "SQL [insert into \"quire\".\"node\" (\"id\", \"org_id\") values "
            + "(cast(? as uuid), cast(? as uuid))".repeat(300) + "]; ";

    private static FailureReport report(Throwable failure) {
        return FailureReport.of(failure, LOG);
    }

    private static void assertOneLineInWords(FailureReport report) {
        assertThat(report.line()).doesNotContain("\n", "Exception", "java.", "org.", "SQL [", "insert into")
                .hasSizeLessThanOrEqualTo(FailureReport.MAX_LENGTH);
    }

    @Test
    void of_serverGoneMidStatement_saysTheDatabaseStoppedAnsweringWithTheTryAgainCode() {
        PSQLException io = new PSQLException("An I/O error occurred while sending to the backend.",
                PSQLState.CONNECTION_FAILURE, new EOFException());
        FailureReport report = report(new DataAccessException(SQL + io.getMessage(), io));

        assertThat(report.exitCode()).isEqualTo(QuireCli.UNREACHABLE);
        assertThat(report.line()).startsWith("The database stopped answering before the work was done");
        assertOneLineInWords(report);
    }

    @Test
    void of_serverShuttingDown_isTheSameAsAnOutage() {
        PSQLException shutdown = new PSQLException(new ServerErrorMessage(
                "SFATAL\0C57P01\0Mterminating connection due to administrator command\0"));

        FailureReport report = report(new DataAccessException(SQL, shutdown));
        FailureReport translated = report(RefusedByDatabaseException.from(new DataAccessException(SQL, shutdown)));

        assertThat(report.exitCode()).isEqualTo(QuireCli.UNREACHABLE);
        assertOneLineInWords(report);
        assertThat(translated).isEqualTo(report);
    }

    @Test
    void of_wrongPasswordMidCommand_saysSoWithoutTheDriversWords() {
        PSQLException password = new PSQLException(new ServerErrorMessage(
                "SFATAL\0C28P01\0Mpassword authentication failed for user \"ada\"\0"));

        FailureReport report = report(new RuntimeException(password));

        assertThat(report.exitCode()).isEqualTo(QuireCli.FAILED);
        assertThat(report.line()).isEqualTo("The database refused the sign-in: check the user name and password.");
    }

    @Test
    void of_refusedByARule_showsTheDatabasesOwnMessage() {
        PSQLException rule = new PSQLException(new ServerErrorMessage(
                "SERROR\0CP0001\0Mnobody approves their own draft\0"));
        PSQLException rls = new PSQLException(new ServerErrorMessage(
                "SERROR\0C42501\0Mnew row violates row-level security policy for table \"node\"\0"));

        assertThat(report(new DataAccessException(SQL, rule)).line()).isEqualTo("Nobody approves their own draft");
        assertThat(report(RefusedByDatabaseException.from(new DataAccessException(SQL, rls))).line())
                .isEqualTo("You do not have the role needed for this change in this organization.");
    }

    @Test
    void of_malformedAddress_saysWhatAnAddressLooksLike() {
        RuntimeException hikari = new RuntimeException("Failed to get driver instance for jdbcUrl=jdbc:not a url",
                new SQLException("No suitable driver", "08001"));

        FailureReport report = report(hikari);

        assertThat(report.exitCode()).isEqualTo(QuireCli.USAGE);
        assertThat(report.line()).isEqualTo("QUIRE_DB_URL is not a PostgreSQL JDBC address (jdbc:postgresql://host:port/database).");
    }

    @Test
    void of_anythingElse_namesTheCauseInWordsAndTheLog() {
        FailureReport wrapped = report(new IllegalStateException(new IllegalArgumentException("At most 1,000,000 words per section.")));
        FailureReport silent = report(new NullPointerException());
        FailureReport huge = report(new IllegalStateException("x".repeat(10_000)));

        assertThat(wrapped.exitCode()).isEqualTo(QuireCli.FAILED);
        assertThat(wrapped.line()).isEqualTo("Quire could not finish: At most 1,000,000 words per section; details are in "
                + LOG + ".");
        assertThat(silent.line()).isEqualTo("Quire could not finish: an unexpected internal error; details are in " + LOG + ".");
        assertOneLineInWords(huge);
        assertThat(huge.line()).endsWith("details are in " + LOG + ".");
    }

    @Test
    void of_failureSaidForPeople_isPrintedAsIsWithItsCode() {
        assertThat(report(new CliFailure("Wren is not a member of Acme.")).line()).isEqualTo("Wren is not a member of Acme.");
        assertThat(report(new CliFailure("Bad address.", QuireCli.USAGE)).exitCode()).isEqualTo(QuireCli.USAGE);
    }
}
