package studio.quire.ui;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class FailuresTest {
    private static final Logger LOG = LoggerFactory.getLogger(FailuresTest.class);
    private final AtomicReference<String> line = new AtomicReference<>("");

    /** Stands for a refusal kind of a feature (the database layer's, in the app). */
    private static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    @Test
    void report_saysARefusalAsItIs_inTheMessageLine() {
        Failures failures = Failures.of(LOG, "A test operation", line::set, Refused.class);

        failures.report(new Refused("You do not have permission for this change."));

        assertThat(line.get()).isEqualTo("You do not have permission for this change.");
    }

    @Test
    void said_putsThatDidNotWorkBeforeAnUnexpectedFailure_inOneLine() {
        Failures failures = Failures.of(LOG, "A test operation", line::set, Refused.class);

        assertThat(failures.said(new IllegalStateException("connection lost\n  at the server")))
                .isEqualTo("That did not work: connection lost");
        assertThat(failures.said(new NullPointerException())).isEqualTo("That did not work: NullPointerException");
    }

    @Test
    void said_treatsEveryKindGiven_asARefusal_andSubclassesToo() {
        Failures failures = Failures.of(LOG, "A test operation", line::set, Refused.class, IllegalArgumentException.class);

        assertThat(failures.said(new IllegalArgumentException("Enter a title."))).isEqualTo("Enter a title.");
        assertThat(failures.said(new NumberFormatException("Not a number."))).isEqualTo("Not a number.");
        assertThat(failures.isRefusal(new IllegalStateException("x"))).isFalse();
    }

    @Test
    void said_saysEveryFailureAsItIs_whenPlain() {
        Failures failures = Failures.plain(LOG, "A test operation", line::set, Refused.class);

        assertThat(failures.said(new Refused("Someone else has already taken this step")))
                .isEqualTo("Someone else has already taken this step");
        assertThat(failures.said(new IllegalStateException("The server is not reachable")))
                .isEqualTo("The server is not reachable");
    }

    @Test
    void said_leavesTheMessageLineAlone() {
        Failures failures = Failures.of(LOG, "A test operation", line::set);
        line.set("before");

        failures.said(new IllegalStateException("x"));

        assertThat(line.get()).isEqualTo("before");
    }
}
