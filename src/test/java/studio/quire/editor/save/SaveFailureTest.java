package studio.quire.editor.save;

import org.junit.jupiter.api.Test;
import studio.quire.db.RefusedByDatabaseException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** How a failed save is read, and how long the saver waits before trying again. */
class SaveFailureTest {
    @Test
    void of_connectionProblemsAndServerShutdown_areUnreachable() {
        assertThat(SaveFailure.of(new RuntimeException(new SQLTransientConnectionException("pool timed out"))))
                .isEqualTo(SaveFailure.UNREACHABLE);
        assertThat(SaveFailure.of(new RuntimeException(new SQLException("refused", "08001"))))
                .isEqualTo(SaveFailure.UNREACHABLE);
        assertThat(SaveFailure.of(new RuntimeException(new ConnectException("Connection refused"))))
                .isEqualTo(SaveFailure.UNREACHABLE);
        assertThat(SaveFailure.of(new RefusedByDatabaseException("Terminating connection", "57P01", null)))
                .isEqualTo(SaveFailure.UNREACHABLE);
    }

    @Test
    void of_rulesSayingNo_areRefused_andSerializationFailuresTransient() {
        assertThat(SaveFailure.of(new RefusedByDatabaseException("You do not have the role", "42501", null)))
                .isEqualTo(SaveFailure.REFUSED);
        assertThat(SaveFailure.of(new RefusedByDatabaseException("This section is gone", "P0002", null)))
                .isEqualTo(SaveFailure.REFUSED);
        assertThat(SaveFailure.of(new RefusedByDatabaseException("Try again", "40001", null)))
                .isEqualTo(SaveFailure.TRANSIENT);
        assertThat(SaveFailure.of(new IllegalStateException("a bug"))).isEqualTo(SaveFailure.UNEXPECTED);
    }

    @Test
    void retryAfter_doublesFromTheFirstWaitUpToTheLongest() {
        SaveTimings timings = SaveTimings.DEFAULT;

        assertThat(timings.retryAfter(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(timings.retryAfter(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(timings.retryAfter(5)).isEqualTo(Duration.ofSeconds(16));
        assertThat(timings.retryAfter(6)).isEqualTo(Duration.ofSeconds(30));
        assertThat(timings.retryAfter(1000)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void message_saysWhatReplayDid() {
        assertThat(new ReplaySummary(0, 0, 0).message()).isEmpty();
        assertThat(new ReplaySummary(2, 0, 0).message()).isEqualTo("Recovered unsaved text from the last session: 2 sections saved \u2014 your words are safe.");
    }
}
