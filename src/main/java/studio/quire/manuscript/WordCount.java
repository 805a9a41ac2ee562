package studio.quire.manuscript;

/**
 * How Quire counts words: whitespace-separated tokens that hold at least one letter or digit, so
 * Markdown markers such as {@code ##} or a lone dash are not words while {@code *word*} is one.
 */
public final class WordCount {
    private WordCount() {
    }

    public static int of(CharSequence text) {
        int words = 0;
        boolean inToken = false;
        boolean tokenHasWordChar = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (inToken && tokenHasWordChar) {
                    words++;
                }
                inToken = false;
                tokenHasWordChar = false;
            } else {
                inToken = true;
                tokenHasWordChar |= Character.isLetterOrDigit(c);
            }
        }
        return inToken && tokenHasWordChar ? words + 1 : words;
    }
}
