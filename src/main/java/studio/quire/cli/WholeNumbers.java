package studio.quire.cli;

import picocli.CommandLine;

import java.util.Locale;

/**
 * Whole-number options with bounds. Picocli alone would answer "'99999999999' is not an int" or
 * take a value the command cannot use; these say which numbers the option takes.
 */
final class WholeNumbers {
    private WholeNumbers() {
    }

    /** A value outside the option's range, or not a whole number: its message follows the option's name. */
    static final class OutOfRange extends CommandLine.TypeConversionException {
        OutOfRange(long min, long max) {
            super(min == Long.MIN_VALUE && max == Long.MAX_VALUE ? "must be a whole number."
                    : String.format(Locale.ROOT, "must be a whole number between %,d and %,d.", min, max));
        }
    }

    static long parse(String value, long min, long max) {
        try {
            long number = Long.parseLong(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // Not a number at all, or beyond a long: said like one out of range.
        }
        throw new OutOfRange(min, max);
    }
}
