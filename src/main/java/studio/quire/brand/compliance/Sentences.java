package studio.quire.brand.compliance;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences and words of an English text. Sentences come from {@link BreakIterator}'s sentence
 * instance (so "Dr. Smith" may end a sentence early, as the JDK decides); a word is a run of letters
 * or digits, with inner apostrophes and hyphens kept ("don't", "well-known" are one word each).
 */
public final class Sentences {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");

    private Sentences() {
    }

    /** The sentences of the text that hold at least one word, each without its surrounding spaces. */
    public static List<TextSpan> of(String text) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        sentences.setText(text);
        List<TextSpan> found = new ArrayList<>();
        int start = sentences.first();
        for (int end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
            int s = start;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (WORD.matcher(text).region(s, e).find()) {
                found.add(new TextSpan(s, e));
            }
        }
        return found;
    }

    /** The words of the text, in order. */
    public static List<String> words(CharSequence text) {
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            words.add(word.group());
        }
        return words;
    }

    /** How many words the stretch of text holds. */
    public static int wordCount(String text, TextSpan span) {
        Matcher word = WORD.matcher(text).region(span.start(), span.end());
        int count = 0;
        while (word.find()) {
            count++;
        }
        return count;
    }
}
