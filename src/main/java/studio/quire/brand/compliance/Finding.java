package studio.quire.brand.compliance;

import java.util.Objects;

/**
 * One thing a compliance check found, with where it is and why it matters.
 *
 * @param rule      what was checked
 * @param severity  how much it matters
 * @param where     the element, in a designer's words ("Headline", "Body, characters 41–47")
 * @param measured  what was found ("3.2:1")
 * @param threshold what the rule asks for ("4.5:1")
 * @param message   the whole finding as a sentence a designer can act on
 * @param span      for findings about a stretch of text, which stretch; {@code null} otherwise
 */
public record Finding(Rule rule, Severity severity, String where, String measured, String threshold, String message,
                      TextSpan span) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(measured, "measured");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(message, "message");
    }

    /** A finding about a whole element rather than a stretch of its text. */
    public Finding(Rule rule, Severity severity, String where, String measured, String threshold, String message) {
        this(rule, severity, where, measured, threshold, message, null);
    }

    /** A finding of this rule, at the rule's own severity. */
    static Finding of(Rule rule, String where, String measured, String threshold, String message) {
        return new Finding(rule, rule.severity(), where, measured, threshold, message, null);
    }

    /** A finding of this rule about a stretch of text, at the rule's own severity. */
    static Finding of(Rule rule, String where, String measured, String threshold, String message, TextSpan span) {
        return new Finding(rule, rule.severity(), where, measured, threshold, message, span);
    }

    public boolean hasSpan() {
        return span != null;
    }
}
