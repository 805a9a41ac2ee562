package studio.quire.text;

/**
 * How many words and characters a writer has written.
 * <ul>
 * <li>A word is a run of letters and digits (combining marks included); an apostrophe ({@code '}
 * or {@code ’}) or a hyphen ({@code -}, U+2010, U+2011) between two such characters keeps the word
 * going ("don't", "well-known"), and so does a {@code .} or {@code ,} between two digits
 * ("3.14", "10,000").</li>
 * <li>Each Han, Hiragana or Katakana character is a word of its own, since those scripts do not
 * separate words with spaces. Hangul is written with spaces and counts like Latin.</li>
 * <li>Markup is not counted: punctuation alone ("#", "-", "*", "&gt;") is no word, and for a
 * {@link Document} only the text of its spans counts, never the stored Markdown.</li>
 * <li>Characters are Unicode code points other than line breaks, so an emoji is one character
 * (an emoji built of several code points, such as a skin-tone variant, is several).</li>
 * </ul>
 *
 * @param words      the number of words
 * @param characters the number of characters
 */
public record WordCount(int words, int characters) {
    public static final WordCount NONE = new WordCount(0, 0);

    /** The counts of plain text; line breaks end words and are not characters. */
    public static WordCount of(CharSequence text) {
        Counter counter = new Counter();
        counter.add(text);
        return counter.result();
    }

    /** The counts of a document's text; a word may run across spans but never across blocks. */
    public static WordCount of(Document document) {
        Counter counter = new Counter();
        for (Block block : document.blocks()) {
            for (Span span : block.spans()) {
                counter.add(span.text());
            }
            counter.endBlock();
        }
        return counter.result();
    }

    /** The sum of two counts, for rolling sections up into chapters and books. */
    public WordCount plus(WordCount other) {
        return new WordCount(words + other.words, characters + other.characters);
    }

    /** Counts text fed to it piece by piece; a piece boundary does not end a word. */
    private static final class Counter {
        private static final int OUTSIDE = 0;
        private static final int IN_WORD = 1;
        /** Just after a joiner that follows a word: the word goes on only if a letter comes. */
        private static final int AFTER_JOINER = 2;

        private int words;
        private int characters;
        private int state = OUTSIDE;
        private boolean joinerNeedsDigit;
        private boolean lastWasDigit;

        void add(CharSequence text) {
            int length = text.length();
            for (int i = 0; i < length; i++) {
                char c = text.charAt(i);
                if (c < 0x80) {
                    ascii(c);
                } else if (Character.isHighSurrogate(c) && i + 1 < length
                        && Character.isLowSurrogate(text.charAt(i + 1))) {
                    other(Character.toCodePoint(c, text.charAt(++i)));
                } else {
                    other(c);
                }
            }
        }

        void endBlock() {
            state = OUTSIDE;
        }

        WordCount result() {
            return new WordCount(words, characters);
        }

        private void ascii(char c) {
            if (c == '\n' || c == '\r') {
                state = OUTSIDE;
                return;
            }
            characters++;
            boolean digit = c >= '0' && c <= '9';
            if (digit || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                wordCharacter(digit);
            } else if (c == '\'' || c == '-') {
                joiner(false);
            } else if (c == '.' || c == ',') {
                joiner(true);
            } else {
                state = OUTSIDE;
            }
        }

        private void other(int codePoint) {
            characters++;
            if (isCountedAlone(codePoint)) {
                words++;
                state = OUTSIDE;
            } else if (Character.isLetterOrDigit(codePoint)) {
                wordCharacter(Character.isDigit(codePoint));
            } else if (isMark(codePoint)) {
                if (state == AFTER_JOINER) {
                    state = OUTSIDE;
                }
            } else if (codePoint == '\u2019' || codePoint == '\u2010' || codePoint == '\u2011') {
                joiner(false);
            } else {
                state = OUTSIDE;
            }
        }

        private void wordCharacter(boolean digit) {
            if (state == OUTSIDE || (state == AFTER_JOINER && joinerNeedsDigit && !(digit && lastWasDigit))) {
                words++;
            }
            state = IN_WORD;
            lastWasDigit = digit;
        }

        private void joiner(boolean betweenDigitsOnly) {
            if (state == IN_WORD && (!betweenDigitsOnly || lastWasDigit)) {
                state = AFTER_JOINER;
                joinerNeedsDigit = betweenDigitsOnly;
            } else {
                state = OUTSIDE;
            }
        }

        private static boolean isMark(int codePoint) {
            int type = Character.getType(codePoint);
            return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK;
        }

        private static boolean isCountedAlone(int codePoint) {
            if (codePoint < 0x2E80) {
                return false;
            }
            if (Character.isIdeographic(codePoint)) {
                return true;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
            return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA;
        }
    }
}
