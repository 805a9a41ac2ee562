package studio.quire.brand.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hashtags of a text: {@code #} (or the full-width {@code ＃}) after a space, the start or
 * punctuation, then letters, digits and underscores with at least one letter, so "#1" and
 * "C#" are not tags, nor is the {@code #part} of a web address.
 */
public final class Hashtags {
    private static final Pattern TAG = Pattern.compile(
            "(?<![\\p{L}\\p{M}\\p{Nd}_&#＃])[#＃]([\\p{L}\\p{M}\\p{Nd}_]*[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{Nd}_]*)");

    private Hashtags() {
    }

    /** Every tag in order, repeats included, written as found ("#Launch"). */
    public static List<String> all(String text) {
        List<String> tags = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return tags;
        }
        List<int[]> links = Links.find(text);
        Matcher m = TAG.matcher(text);
        while (m.find()) {
            if (!inside(links, m.start())) {
                tags.add("#" + m.group(1));
            }
        }
        return tags;
    }

    /** Each tag once, ignoring case, in the order first found, written as first found. */
    public static List<String> distinct(String text) {
        Map<String, String> first = new LinkedHashMap<>();
        all(text).forEach(tag -> first.putIfAbsent(tag.toLowerCase(Locale.ROOT), tag));
        return List.copyOf(first.values());
    }

    private static boolean inside(List<int[]> links, int index) {
        for (int[] link : links) {
            if (index >= link[0] && index < link[1]) {
                return true;
            }
        }
        return false;
    }
}
