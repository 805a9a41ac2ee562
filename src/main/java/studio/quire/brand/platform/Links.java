package studio.quire.brand.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds web addresses in a post's text the way X shortens them: with a scheme
 * ({@code https://…}), with {@code www.}, or a bare domain with a common top-level domain
 * ({@code quire.studio/launch}). Trailing punctuation and an unmatched closing parenthesis are not
 * part of an address. twitter-text knows every top-level domain; this list is the common ones, so a
 * rare one without {@code https://} is counted as text.
 */
final class Links {
    private static final String TLDS = "com|org|net|edu|gov|io|co|app|dev|ai|me|info|biz|xyz|blog|shop|news|studio"
            + "|uk|de|fr|es|it|nl|be|ch|at|se|no|dk|fi|pl|pt|ie|eu|us|ca|au|nz|jp|cn|kr|in|br|mx|ru";
    private static final Pattern URL = Pattern.compile(
            "(?<![\\w@$#.\\-/])(?:(?:https?://|www\\.)[^\\s<>\"]+"
                    + "|(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+(?:" + TLDS + ")(?![\\w-])(?:[/?#][^\\s<>\"]*)?)",
            Pattern.CASE_INSENSITIVE);

    private Links() {
    }

    /** Each address as {start, end} char indices, in order. */
    static List<int[]> find(CharSequence text) {
        List<int[]> found = new ArrayList<>();
        Matcher m = URL.matcher(text);
        while (m.find()) {
            int end = trimmedEnd(text, m.start(), m.end());
            if (end > m.start()) {
                found.add(new int[] {m.start(), end});
            }
        }
        return found;
    }

    private static int trimmedEnd(CharSequence text, int start, int end) {
        while (end > start) {
            char last = text.charAt(end - 1);
            if (".,;:!?'\"]}…".indexOf(last) >= 0) {
                end--;
            } else if (last == ')' && count(text, start, end, '(') < count(text, start, end, ')')) {
                end--;
            } else {
                return end;
            }
        }
        return end;
    }

    private static int count(CharSequence text, int start, int end, char c) {
        int n = 0;
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
