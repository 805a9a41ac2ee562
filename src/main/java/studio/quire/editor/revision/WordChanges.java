package studio.quire.editor.revision;

import com.github.difflib.algorithm.Change;
import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;
import com.github.difflib.patch.DeltaType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many words a change added and removed, by a word-level diff of two stored texts. The diff
 * runs in two levels (STACK.md: Myers grows badly on large, very different inputs): lines
 * (paragraphs) first, then words only inside the lines that changed. Where a changed region is
 * too big to diff word by word in bounded time, its words are compared as multisets instead,
 * which counts a moved word as unchanged but never takes long.
 *
 * @param added   words in the new text that the old one did not have there
 * @param removed words of the old text that the new one no longer has there
 */
public record WordChanges(int added, int removed) {
    public static final WordChanges NONE = new WordChanges(0, 0);

    /** A word as a writer means it: letters and digits, joined by an inner apostrophe or hyphen. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+(?:['’\\-‐‑][\\p{L}\\p{N}\\p{M}]+)*");
    /** Lines that differ beyond this (either side) are compared as multisets of words. */
    static final int MAX_DIFFED_LINES = 2_000;
    /** Words of a changed region beyond this (either side) are compared as multisets. */
    static final int MAX_DIFFED_WORDS = 4_000;

    public WordChanges {
        if (added < 0 || removed < 0) {
            throw new IllegalArgumentException("word changes are never negative");
        }
    }

    /** The words added and removed from {@code oldMarkdown} to {@code newMarkdown} (null = empty). */
    public static WordChanges between(String oldMarkdown, String newMarkdown) {
        String a = oldMarkdown == null ? "" : oldMarkdown;
        String b = newMarkdown == null ? "" : newMarkdown;
        if (a.equals(b)) {
            return NONE;
        }
        // Equal-length alternative alignments may split lines differently; diffing the pair in one
        // fixed order makes the counts of (a, b) exactly those of (b, a), swapped.
        if (a.compareTo(b) > 0) {
            WordChanges reverse = diff(b, a);
            return new WordChanges(reverse.removed, reverse.added);
        }
        return diff(a, b);
    }

    /** The number of words in a text, as this class counts them. */
    public static int words(String markdown) {
        return markdown == null ? 0 : words(List.of(markdown.split("\n", -1)));
    }

    private static WordChanges diff(String a, String b) {
        List<String> oldLines = List.of(a.split("\n", -1));
        List<String> newLines = List.of(b.split("\n", -1));
        int prefix = 0;
        int limit = Math.min(oldLines.size(), newLines.size());
        while (prefix < limit && oldLines.get(prefix).equals(newLines.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < limit - prefix && oldLines.get(oldLines.size() - 1 - suffix)
                .equals(newLines.get(newLines.size() - 1 - suffix))) {
            suffix++;
        }
        List<String> oldMiddle = oldLines.subList(prefix, oldLines.size() - suffix);
        List<String> newMiddle = newLines.subList(prefix, newLines.size() - suffix);
        if (oldMiddle.size() > MAX_DIFFED_LINES || newMiddle.size() > MAX_DIFFED_LINES) {
            return byCount(tokens(oldMiddle), tokens(newMiddle));
        }
        int added = 0;
        int removed = 0;
        for (int[] region : regions(new MyersDiffWithLinearSpace<String>().computeDiff(oldMiddle, newMiddle, null))) {
            WordChanges words = wordsOf(oldMiddle.subList(region[0], region[1]), newMiddle.subList(region[2], region[3]));
            added += words.added;
            removed += words.removed;
        }
        return new WordChanges(added, removed);
    }

    /**
     * Changed line regions {startOld, endOld, startNew, endNew}: the linear-space Myers reports a
     * replaced line as a deletion next to an insertion, which must be one region for its words to
     * be diffed against each other.
     */
    private static List<int[]> regions(List<Change> changes) {
        List<int[]> regions = new ArrayList<>();
        for (Change c : changes) {
            if (c.deltaType == DeltaType.EQUAL) {
                continue;
            }
            int[] last = regions.isEmpty() ? null : regions.get(regions.size() - 1);
            if (last != null && last[1] == c.startOriginal && last[3] == c.startRevised) {
                last[1] = c.endOriginal;
                last[3] = c.endRevised;
            } else {
                regions.add(new int[] {c.startOriginal, c.endOriginal, c.startRevised, c.endRevised});
            }
        }
        return regions;
    }

    private static WordChanges wordsOf(List<String> oldLines, List<String> newLines) {
        List<String> oldWords = tokens(oldLines);
        List<String> newWords = tokens(newLines);
        if (oldWords.isEmpty() || newWords.isEmpty()) {
            return new WordChanges(newWords.size(), oldWords.size());
        }
        if (oldWords.size() > MAX_DIFFED_WORDS || newWords.size() > MAX_DIFFED_WORDS) {
            return byCount(oldWords, newWords);
        }
        int added = 0;
        int removed = 0;
        for (Change change : new MyersDiffWithLinearSpace<String>().computeDiff(oldWords, newWords, null)) {
            if (change.deltaType == DeltaType.EQUAL) {
                continue;
            }
            added += change.endRevised - change.startRevised;
            removed += change.endOriginal - change.startOriginal;
        }
        return new WordChanges(added, removed);
    }

    /** Multiset difference: bounded work whatever the inputs. */
    static WordChanges byCount(List<String> oldWords, List<String> newWords) {
        Map<String, Integer> balance = new HashMap<>();
        oldWords.forEach(w -> balance.merge(w, -1, Integer::sum));
        newWords.forEach(w -> balance.merge(w, 1, Integer::sum));
        int added = 0;
        int removed = 0;
        for (int n : balance.values()) {
            if (n > 0) {
                added += n;
            } else {
                removed -= n;
            }
        }
        return new WordChanges(added, removed);
    }

    private static List<String> tokens(List<String> lines) {
        List<String> words = new ArrayList<>();
        for (String line : lines) {
            Matcher m = WORD.matcher(line);
            while (m.find()) {
                words.add(m.group());
            }
        }
        return words;
    }

    private static int words(List<String> lines) {
        int count = 0;
        for (String line : lines) {
            Matcher m = WORD.matcher(line);
            while (m.find()) {
                count++;
            }
        }
        return count;
    }
}
