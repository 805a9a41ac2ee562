package studio.quire.brand.compliance;

/**
 * A stretch of one text, by character index: from {@code start} (included) to {@code end}
 * (excluded), as {@link String#substring(int, int)} counts.
 */
public record TextSpan(int start, int end) {

    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("A text span runs forward from 0 (it is " + start + " to " + end + ")");
        }
    }

    /** The stretch as a person counts it: "characters 13–19", the first character being 1. */
    public String describe() {
        return end - start <= 1 ? "character " + (start + 1) : "characters " + (start + 1) + "–" + end;
    }
}
