package studio.quire.brand.compliance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** How findings write numbers and colours, the same way everywhere. */
final class Formats {

    private Formats() {
    }

    /** {@code #RRGGBB}, upper case. */
    static String hex(int rgb) {
        return String.format(Locale.ROOT, "#%06X", rgb & 0xFFFFFF);
    }

    /**
     * A contrast ratio as "3.2:1", cut (not rounded) to two decimals, so a ratio just under a
     * threshold never reads as the threshold itself (4.499 is "4.49:1", not "4.5:1").
     */
    static String ratio(double ratio) {
        return plain(BigDecimal.valueOf(ratio).setScale(2, RoundingMode.FLOOR)) + ":1";
    }

    /** A number rounded to at most {@code decimals} decimals, without trailing zeros ("2.4", "30"). */
    static String number(double value, int decimals) {
        return plain(BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP));
    }

    /** Pixels with at most one decimal: "40 px", "12.5 px". */
    static String px(double value) {
        return number(value, 1) + " px";
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.signum() == 0 ? BigDecimal.ZERO : stripped).toPlainString();
    }
}
