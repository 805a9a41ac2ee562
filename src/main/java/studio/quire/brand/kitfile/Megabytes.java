package studio.quire.brand.kitfile;

import java.util.Locale;

/** File sizes as a designer reads them: megabytes with one decimal, never "20.0 MB" for a file just past 20 MB. */
final class Megabytes {
    static final long MB = 1024L * 1024L;

    private Megabytes() {
    }

    /** "50.3 MB"; "a little over 20 MB" when one decimal would hide that the size is past {@code limitMb}. */
    static String overLimit(long bytes, long limitMb) {
        String shown = String.format(Locale.ROOT, "%.1f MB", bytes / (double) MB);
        if (shown.equals(String.format(Locale.ROOT, "%.1f MB", (double) limitMb))) {
            return "a little over " + limitMb + " MB";
        }
        return shown;
    }
}
