package studio.quire.text;

/**
 * Makes typed, pasted or imported text safe to keep: PostgreSQL rejects NUL in text columns, other
 * control characters are invisible and break the stored format, and a lone UTF-16 surrogate cannot
 * be encoded as UTF-8. One pass, linear in the length of the text, and no copy when the text is
 * already clean.
 */
public final class TextHygiene {
    /** What a lone surrogate becomes: U+FFFD REPLACEMENT CHARACTER. */
    public static final char REPLACEMENT = '\uFFFD';

    private TextHygiene() {
    }

    /**
     * The text with {@code \r\n} and {@code \r} turned into {@code \n}, every other C0 control
     * character (U+0000 to U+001F) except {@code \n} and {@code \t} removed, and each lone surrogate
     * replaced by {@link #REPLACEMENT}.
     */
    public static String clean(String text) {
        int firstDirty = firstDirtyIndex(text);
        if (firstDirty < 0) {
            return text;
        }
        StringBuilder clean = new StringBuilder(text.length());
        clean.append(text, 0, firstDirty);
        int length = text.length();
        for (int i = firstDirty; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x20) {
                if (c == '\n' || c == '\t') {
                    clean.append(c);
                } else if (c == '\r') {
                    clean.append('\n');
                    if (i + 1 < length && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
            } else if (Character.isHighSurrogate(c) && i + 1 < length
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                clean.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                clean.append(REPLACEMENT);
            } else {
                clean.append(c);
            }
        }
        return clean.toString();
    }

    /** True when {@link #clean(String)} would return the text unchanged. */
    public static boolean isClean(CharSequence text) {
        return firstDirtyIndex(text) < 0;
    }

    private static int firstDirtyIndex(CharSequence text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x20) {
                if (c != '\n' && c != '\t') {
                    return i;
                }
            } else if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
                if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }
}
