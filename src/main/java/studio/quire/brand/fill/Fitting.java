package studio.quire.brand.fill;

import studio.quire.brand.platform.CountingRule;
import studio.quire.brand.platform.TextCounter;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fits text into a limit the way an editor would cut it: the longest run of whole sentences from
 * the start; when not even the first sentence fits, whole words and "…"; when not even the first
 * word fits, characters and "…". A line break ends a sentence too. Work stops at the limit, so a
 * long section costs what the limit costs, not what the section does.
 */
final class Fitting {
    static final String ELLIPSIS = "…";

    private Fitting() {
    }

    static String fit(String text, int max, CountingRule rule) {
        if (text == null || text.isBlank() || max <= 0) {
            return "";
        }
        String strip = text.strip();
        if (fitsWhole(strip, max, rule)) {
            return strip;
        }
        int sentences = sentenceEnd(strip, max, rule);
        if (sentences > 0) {
            return strip.substring(0, sentences);
        }
        return cut(strip, max, rule);
    }

    /** Counting a megabyte to learn it is too long is wasted work: past this length the walk below decides. */
    private static boolean fitsWhole(String text, int max, CountingRule rule) {
        return text.length() <= 2L * max + 64 && TextCounter.count(text, rule) <= max;
    }

    /**
     * The end of the longest run of whole sentences that fits, or 0. Sentences are counted one by
     * one (so the walk stops at the limit); the prefix found is then counted whole, as a platform
     * would, and shortened by a sentence while it is over.
     */
    private static int sentenceEnd(String text, int max, CountingRule rule) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
        List<Integer> ends = new ArrayList<>();
        int counted = 0;
        int countedTo = 0;
        int lineStart = 0;
        walk:
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            sentences.setText(text.substring(lineStart, lineEnd));
            for (int end = sentences.next(); end != BreakIterator.DONE; end = sentences.next()) {
                int stop = trimEnd(text, lineStart, lineStart + end);
                if (stop > countedTo) {
                    counted += TextCounter.count(text.substring(countedTo, stop), rule);
                    countedTo = stop;
                    if (counted > max) {
                        break walk;
                    }
                    ends.add(stop);
                }
            }
            lineStart = lineEnd + 1;
        }
        for (int i = ends.size() - 1; i >= 0; i--) {
            if (TextCounter.count(text.substring(0, ends.get(i)), rule) <= max) {
                return ends.get(i);
            }
        }
        return 0;
    }

    /** Whole words with "…", else characters with "…", else nothing. */
    private static String cut(String text, int max, CountingRule rule) {
        int room = max - TextCounter.count(ELLIPSIS, rule);
        if (room < 0) {
            return "";
        }
        int wordsEnd = lastFitting(text, BreakIterator.getWordInstance(Locale.ROOT), room, rule, true);
        if (wordsEnd > 0) {
            return text.substring(0, wordsEnd) + ELLIPSIS;
        }
        int charsEnd = lastFitting(text, BreakIterator.getCharacterInstance(Locale.ROOT), room, rule, false);
        return text.substring(0, charsEnd).stripTrailing() + ELLIPSIS;
    }

    /**
     * The longest prefix ending at a boundary (after a letter or digit, for words) whose count is
     * within {@code room}: candidates are gathered up to a generous length, then searched by halves.
     */
    private static int lastFitting(String text, BreakIterator boundaries, int room, CountingRule rule, boolean words) {
        int limit = (int) Math.min(text.length(), 4L * room + 64);
        boundaries.setText(text.substring(0, limit));
        List<Integer> ends = new ArrayList<>();
        for (int end = boundaries.next(); end != BreakIterator.DONE; end = boundaries.next()) {
            int stop = words ? trimEnd(text, 0, end) : end;
            if (stop > 0 && (!words || Character.isLetterOrDigit(text.codePointBefore(stop)))
                    && (ends.isEmpty() || ends.get(ends.size() - 1) < stop)) {
                ends.add(stop);
            }
        }
        int low = 0;
        int high = ends.size() - 1;
        int best = 0;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (TextCounter.count(text.substring(0, ends.get(middle)), rule) <= room) {
                best = ends.get(middle);
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return best;
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
