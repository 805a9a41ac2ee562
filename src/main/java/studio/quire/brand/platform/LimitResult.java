package studio.quire.brand.platform;

import java.util.Objects;

/**
 * One text limit measured on one text: how much there is, by how much it is over, and a sentence
 * a consultant can read ("X: 291 of 280 weighted characters (11 over)").
 *
 * @param specId  the placement whose limit this is, so a finding can cite the spec row
 * @param limit   the limit measured
 * @param counted the text's length by the limit's rule, or its number of hashtags
 * @param overBy  how far past the limit ({@code 0} when within it)
 * @param message the result in a consultant's words
 */
public record LimitResult(String specId, TextLimit limit, int counted, int overBy, String message) {

    public LimitResult {
        Objects.requireNonNull(specId, "specId");
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(message, "message");
    }

    /** True when the text is past the limit. */
    public boolean isOver() {
        return overBy > 0;
    }
}
