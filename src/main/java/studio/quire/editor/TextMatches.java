package studio.quire.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a search string occurs in a text, and which occurrence is next or previous from a caret.
 * Pure; matches never overlap (searching "aa" in "aaaa" finds two). An empty query finds nothing.
 *
 * @param starts the start offset of each match, ascending
 * @param length the length of every match (the query's)
 */
public record TextMatches(List<Integer> starts, int length) {
    public static final TextMatches NONE = new TextMatches(List.of(), 0);

    public TextMatches {
        starts = List.copyOf(starts);
    }

    /** Every occurrence of {@code query} in {@code text}. */
    public static TextMatches find(String text, String query, boolean matchCase) {
        if (query.isEmpty()) {
            return NONE;
        }
        String haystack = matchCase ? text : fold(text);
        String needle = matchCase ? query : fold(query);
        if (haystack.length() != text.length() || needle.length() != query.length()) {
            // Case folding changed lengths (e.g. "İ"): fall back to a region match, offsets stay true.
            return findIgnoringCaseByRegion(text, query);
        }
        List<Integer> starts = new ArrayList<>();
        int from = 0;
        while (true) {
            int at = haystack.indexOf(needle, from);
            if (at < 0) {
                return new TextMatches(starts, query.length());
            }
            starts.add(at);
            from = at + needle.length();
        }
    }

    private static TextMatches findIgnoringCaseByRegion(String text, String query) {
        List<Integer> starts = new ArrayList<>();
        int last = text.length() - query.length();
        for (int i = 0; i <= last; i++) {
            if (text.regionMatches(true, i, query, 0, query.length())) {
                starts.add(i);
                i += query.length() - 1;
            }
        }
        return new TextMatches(starts, query.length());
    }

    private static String fold(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    public int count() {
        return starts.size();
    }

    public boolean isEmpty() {
        return starts.isEmpty();
    }

    /** The index of the first match starting at or after {@code caret}, wrapping to the first; -1 when none. */
    public int nextFrom(int caret) {
        if (starts.isEmpty()) {
            return -1;
        }
        for (int i = 0; i < starts.size(); i++) {
            if (starts.get(i) >= caret) {
                return i;
            }
        }
        return 0;
    }

    /** The index of the last match ending at or before {@code caret}, wrapping to the last; -1 when none. */
    public int previousFrom(int caret) {
        if (starts.isEmpty()) {
            return -1;
        }
        for (int i = starts.size() - 1; i >= 0; i--) {
            if (starts.get(i) + length <= caret) {
                return i;
            }
        }
        return starts.size() - 1;
    }

    /** The match that is exactly {@code start..end}, or -1. */
    public int indexOf(int start, int end) {
        if (end - start != length) {
            return -1;
        }
        int index = java.util.Collections.binarySearch(starts, start);
        return index >= 0 ? index : -1;
    }

    /** "3 of 17", "No matches", or "" before a search. */
    public String describe(int current) {
        if (starts.isEmpty()) {
            return "No matches";
        }
        return String.format(Locale.US, "%,d of %,d", current + 1, starts.size());
    }
}
