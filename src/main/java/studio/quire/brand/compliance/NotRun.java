package studio.quire.brand.compliance;

import java.util.Objects;

/**
 * A check that did not run on an element, and why: it neither passed nor failed, and it does not
 * count in the score.
 *
 * @param rule   the check
 * @param where  the element
 * @param reason why it was not run, in a designer's words
 */
public record NotRun(Rule rule, String where, String reason) {

    public NotRun {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(reason, "reason");
    }
}
