package studio.quire.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a paragraph into tokens that join back to it exactly: words (letters, digits and marks,
 * joined by an inner apostrophe or hyphen, as {@code WordChanges} counts them), runs of whitespace,
 * and every other character on its own (punctuation, markup, emoji).
 */
final class Tokens {
    /** What a token is. */
    enum Type { WORD, SPACE, PUNCTUATION, SYMBOL }

    /** A token: its text and type. */
    record Token(String text, Type type) {}

    private Tokens() {
    }

    static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            int end;
            Type type;
            if (isWordChar(cp)) {
                end = wordEnd(text, i);
                type = Type.WORD;
            } else if (isSpace(cp)) {
                end = i + Character.charCount(cp);
                while (end < n && isSpace(text.codePointAt(end))) {
                    end += Character.charCount(text.codePointAt(end));
                }
                type = Type.SPACE;
            } else {
                end = i + Character.charCount(cp);
                type = isPunctuation(cp) ? Type.PUNCTUATION : Type.SYMBOL;
            }
            tokens.add(new Token(text.substring(i, end), type));
            i = end;
        }
        return tokens;
    }

    /** The number of words in a text. */
    static int words(String text) {
        int count = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (isWordChar(cp)) {
                count++;
                i = wordEnd(text, i);
            } else {
                i += Character.charCount(cp);
            }
        }
        return count;
    }

    private static int wordEnd(String text, int start) {
        int n = text.length();
        int end = start;
        while (end < n) {
            int cp = text.codePointAt(end);
            if (isWordChar(cp)) {
                end += Character.charCount(cp);
            } else if (isJoiner(cp) && end + 1 < n && isWordChar(text.codePointAt(end + 1))) {
                end += 1;
            } else {
                break;
            }
        }
        return end;
    }

    static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                || Character.getType(cp) == Character.COMBINING_SPACING_MARK
                || Character.getType(cp) == Character.ENCLOSING_MARK;
    }

    private static boolean isJoiner(int cp) {
        return cp == '\'' || cp == '’' || cp == '-' || cp == '‐' || cp == '‑';
    }

    static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    /** Punctuation and the ASCII symbols Markdown uses as markup; emoji and other symbols are not. */
    static boolean isPunctuation(int cp) {
        if (cp < 128) {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                 Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }
}
