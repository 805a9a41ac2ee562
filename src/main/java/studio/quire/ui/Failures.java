package studio.quire.ui;

import org.slf4j.Logger;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How a view model tells a person that something it ran did not work, in its one message line,
 * and leaves a log line. A refusal (one of the kinds the view model names: the database's rules,
 * a title it rejects, a change someone else made first) is said as it is, since its message is
 * written for people, and logged briefly; anything else is logged with its stack and said as
 * "That did not work: …" ({@link #of}) or, where every failure is said as it is, plainly
 * ({@link #plain}). Always one line ({@link ErrorText#oneLine}).
 *
 * <p>The kinds are given by the view model rather than known here: the shared UI depends on no
 * feature and not on the database layer, whose refusals are the commonest kind.
 */
public final class Failures {
    /** What an unexpected failure's line starts with. */
    public static final String DID_NOT_WORK = "That did not work: ";

    private final Logger log;
    private final String subject;
    private final Consumer<String> line;
    private final List<Class<? extends Throwable>> refusals;
    private final boolean plain;

    private Failures(Logger log, String subject, Consumer<String> line, boolean plain,
                     List<Class<? extends Throwable>> refusals) {
        this.log = Objects.requireNonNull(log);
        this.subject = Objects.requireNonNull(subject);
        this.line = Objects.requireNonNull(line);
        this.plain = plain;
        this.refusals = List.copyOf(refusals);
    }

    /**
     * Unexpected failures said as "That did not work: …" and logged as errors.
     *
     * @param log      the view model's logger
     * @param subject  what failed, for the log: "A people operation", "The inbox"
     * @param line     where the person reads it (the view model's message property's {@code set})
     * @param refusals the kinds whose message is said as it is
     */
    @SafeVarargs
    public static Failures of(Logger log, String subject, Consumer<String> line,
                              Class<? extends Throwable>... refusals) {
        return new Failures(log, subject, line, false, List.of(refusals));
    }

    /** Every failure said as it is, in one line; unexpected ones are logged as warnings (the review screens). */
    @SafeVarargs
    public static Failures plain(Logger log, String subject, Consumer<String> line,
                                 Class<? extends Throwable>... refusals) {
        return new Failures(log, subject, line, true, List.of(refusals));
    }

    /** Says the failure in the message line (and logs it): a view model's {@code onFailure}. */
    public void report(Throwable error) {
        line.accept(said(error));
    }

    /** Logs the failure and returns what the message line says about it. */
    public String said(Throwable error) {
        String text = ErrorText.oneLine(error);
        if (isRefusal(error)) {
            log.info("{} was refused: {}", subject, text);
            return text;
        }
        if (plain) {
            log.warn("{} failed", subject, error);
            return text;
        }
        log.error("{} failed", subject, error);
        return DID_NOT_WORK + text;
    }

    /** Whether the failure is one of the refusals, whose message is written for people. */
    public boolean isRefusal(Throwable error) {
        return refusals.stream().anyMatch(kind -> kind.isInstance(error));
    }
}
