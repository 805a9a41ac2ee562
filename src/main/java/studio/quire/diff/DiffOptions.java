package studio.quire.diff;

import java.util.Objects;

/**
 * How two texts are compared. Changes that are ignored are reported as unchanged, but the result
 * still carries the new text, so applying it gives back the new text exactly.
 *
 * @param granularity        the unit a changed paragraph is compared in
 * @param ignoreWhitespace   whitespace-only changes (spaces, tabs, line ends) count as unchanged
 * @param ignorePunctuation  punctuation-only changes count as unchanged
 * @param ignoreCase         case-only changes count as unchanged
 * @param limits             the bounds on work
 */
public record DiffOptions(Granularity granularity, boolean ignoreWhitespace, boolean ignorePunctuation,
                          boolean ignoreCase, DiffLimits limits) {
    /** Word level, nothing ignored, default limits. */
    public static final DiffOptions DEFAULT = new DiffOptions(Granularity.WORD, false, false, false, DiffLimits.DEFAULT);

    public DiffOptions {
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(limits, "limits");
    }

    /** Whether any kind of change is ignored. */
    public boolean ignoresAnything() {
        return ignoreWhitespace || ignorePunctuation || ignoreCase;
    }

    public DiffOptions withGranularity(Granularity value) {
        return new DiffOptions(value, ignoreWhitespace, ignorePunctuation, ignoreCase, limits);
    }

    public DiffOptions withIgnoreWhitespace(boolean value) {
        return new DiffOptions(granularity, value, ignorePunctuation, ignoreCase, limits);
    }

    public DiffOptions withIgnorePunctuation(boolean value) {
        return new DiffOptions(granularity, ignoreWhitespace, value, ignoreCase, limits);
    }

    public DiffOptions withIgnoreCase(boolean value) {
        return new DiffOptions(granularity, ignoreWhitespace, ignorePunctuation, value, limits);
    }

    public DiffOptions withLimits(DiffLimits value) {
        return new DiffOptions(granularity, ignoreWhitespace, ignorePunctuation, ignoreCase, value);
    }
}
