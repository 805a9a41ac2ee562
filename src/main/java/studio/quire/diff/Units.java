package studio.quire.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts a paragraph into the units it is compared in (tokens, sentences or the whole paragraph),
 * each with a key that leaves out what the options ignore. Ignored tokens (whitespace, punctuation)
 * ride along with the unit before them, or the first unit when they lead, so every character still
 * belongs to exactly one unit and the units join back to the paragraph.
 */
final class Units {
    /** A unit: the text it covers and the key it is compared by. */
    record Unit(String key, String text) {}

    private static final char KEY_SEPARATOR = '\u0000';

    private Units() {
    }

    static List<Unit> of(String paragraph, Granularity granularity, DiffOptions options) {
        List<Unit> units = new ArrayList<>();
        // Builders, not string concatenation: a run of a million ignored characters must stay linear.
        StringBuilder key = new StringBuilder();
        StringBuilder text = new StringBuilder();
        boolean open = false;
        boolean sentenceEnding = false;
        for (Tokens.Token token : Tokens.of(paragraph)) {
            boolean ignored = ignored(token, options);
            boolean startsUnit = switch (granularity) {
                // an ignored token rides with the unit before it (or the first one, when it leads)
                case WORD -> !ignored && (open && key.length() > 0);
                case SENTENCE -> sentenceEnding && token.type() != Tokens.Type.SPACE && !isSentenceEnd(token);
                case PARAGRAPH -> false;
            };
            if (startsUnit) {
                units.add(new Unit(key.toString(), text.toString()));
                key.setLength(0);
                text.setLength(0);
                sentenceEnding = false;
            }
            open = true;
            text.append(token.text());
            if (!ignored) {
                key.append(keyOf(token, options)).append(KEY_SEPARATOR);
            }
            if (isSentenceEnd(token)) {
                sentenceEnding = true;
            }
        }
        if (open) {
            units.add(new Unit(key.toString(), text.toString()));
        }
        return units;
    }

    /** The key of a whole paragraph: equal keys mean equal paragraphs under the options. */
    static String paragraphKey(String paragraph, DiffOptions options) {
        if (!options.ignoresAnything()) {
            return paragraph;
        }
        StringBuilder key = new StringBuilder();
        for (Tokens.Token token : Tokens.of(paragraph)) {
            if (!ignored(token, options)) {
                key.append(keyOf(token, options)).append(KEY_SEPARATOR);
            }
        }
        return key.toString();
    }

    private static boolean ignored(Tokens.Token token, DiffOptions options) {
        return (options.ignoreWhitespace() && token.type() == Tokens.Type.SPACE)
                || (options.ignorePunctuation() && token.type() == Tokens.Type.PUNCTUATION);
    }

    private static String keyOf(Tokens.Token token, DiffOptions options) {
        return options.ignoreCase() ? token.text().toLowerCase(Locale.ROOT) : token.text();
    }

    private static boolean isSentenceEnd(Tokens.Token token) {
        String t = token.text();
        return t.equals(".") || t.equals("!") || t.equals("?") || t.equals("…") || t.equals("。");
    }
}
