package studio.quire.brand.platform;

import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Counts a text the way a platform does ({@link CountingRule}). Pure and thread-safe; linear in the
 * length of the text.
 */
public final class TextCounter {
    /** twitter-text config v3: weights are in hundredths of a character. */
    static final int X_SCALE = 100;
    static final int X_DEFAULT_WEIGHT = 200;
    static final int X_URL_LENGTH = 23;
    /** Code point ranges (inclusive) that weigh 100, i.e. one character; everything else weighs two. */
    static final int[][] X_LIGHT_RANGES = {{0, 4351}, {8192, 8205}, {8208, 8223}, {8242, 8247}};

    private TextCounter() {
    }

    /** The length of {@code text} by {@code rule}; {@code null} counts 0. */
    public static int count(String text, CountingRule rule) {
        return switch (rule) {
            case X_WEIGHTED -> xWeighted(text);
            case CODE_POINTS -> codePoints(text);
            case GRAPHEMES -> graphemes(text);
        };
    }

    /**
     * X's weighted length, per twitter-text's config v3 (github.com/twitter/twitter-text,
     * config/v3.json and java TwitterTextParser): the text is NFC-normalised; every web address
     * counts 23; an emoji sequence (a family, a flag, a skin tone) counts 2 however many code points
     * it holds; any other code point counts 1 in U+0000–U+10FF (Latin to Georgian), U+2000–U+200D,
     * U+2010–U+201F and U+2032–U+2037 (spaces, dashes, quotes), else 2 (CJK, most symbols). Under
     * config v2, emoji would instead count 2 per code point (a thumbs-up with a skin tone 4).
     */
    public static int xWeighted(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        List<int[]> links = Links.find(nfc);
        int link = 0;
        long weight = 0;
        int i = 0;
        while (i < nfc.length()) {
            if (link < links.size() && links.get(link)[0] == i) {
                weight += (long) X_URL_LENGTH * X_SCALE;
                i = links.get(link++)[1];
                continue;
            }
            int emojiEnd = EmojiSequences.end(nfc, i);
            if (emojiEnd > 0) {
                weight += X_DEFAULT_WEIGHT;
                i = emojiEnd;
                continue;
            }
            int cp = nfc.codePointAt(i);
            weight += xWeight(cp);
            i += Character.charCount(cp);
        }
        return (int) (weight / X_SCALE);
    }

    /** Unicode code points; a lone surrogate is one. */
    public static int codePoints(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }

    /**
     * Characters as a reader sees them: {@link BreakIterator}'s character boundaries, with emoji
     * sequences (joined, toned, flags) kept whole, which Java 17's iterator alone would split.
     */
    public static int graphemes(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(text);
        int count = 0;
        int start = characters.first();
        while (start != BreakIterator.DONE && start < text.length()) {
            int emojiEnd = EmojiSequences.end(text, start);
            int end = characters.following(start);
            if (emojiEnd > end) {
                end = characters.isBoundary(emojiEnd) ? emojiEnd : characters.following(emojiEnd);
            }
            count++;
            start = end;
        }
        return count;
    }

    private static int xWeight(int cp) {
        for (int[] range : X_LIGHT_RANGES) {
            if (cp >= range[0] && cp <= range[1]) {
                return X_SCALE;
            }
        }
        return X_DEFAULT_WEIGHT;
    }
}
