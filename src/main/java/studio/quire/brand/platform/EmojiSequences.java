package studio.quire.brand.platform;

/**
 * Finds where an emoji sequence that starts at an index ends: a pictograph with its variation
 * selector, skin tone and tag characters, joined by zero-width joiners to more of the same (a
 * family, a profession), a pair of regional indicators (a flag) or a keycap ("1️⃣").
 *
 * <p>This stands in for twitter-text's generated emoji pattern ({@code TwitterTextEmojiRegex}) and
 * for the extended grapheme clusters that Java 17's {@code BreakIterator} does not know (it splits
 * "👨‍👩‍👧" into five). Pictographs are taken by block (U+1F000–U+1FAFF, U+2600–U+27BF and the
 * scattered arrows, stars and squares of emoji's first edition); a character that is text by default
 * (©, ®, a digit) is an emoji only when U+FE0F or a keycap follows it.
 */
final class EmojiSequences {
    private static final int ZWJ = 0x200D;
    private static final int VS16 = 0xFE0F;
    private static final int KEYCAP = 0x20E3;

    private EmojiSequences() {
    }

    /** The end (exclusive, a char index) of the emoji sequence at {@code start}, or -1 if none starts there. */
    static int end(CharSequence text, int start) {
        int cp = Character.codePointAt(text, start);
        int i = start + Character.charCount(cp);
        if (isRegionalIndicator(cp)) {
            if (i < text.length() && isRegionalIndicator(Character.codePointAt(text, i))) {
                i += 2;
            }
            return i;
        }
        if (isKeycapBase(cp)) {
            int j = i < text.length() && text.charAt(i) == VS16 ? i + 1 : i;
            return j < text.length() && text.charAt(j) == KEYCAP ? j + 1 : -1;
        }
        if (!isPictograph(cp)) {
            return i < text.length() && text.charAt(i) == VS16 && isTextDefaultEmoji(cp) ? i + 1 : -1;
        }
        while (true) {
            i = afterModifiers(text, i);
            if (i + 1 < text.length() && text.charAt(i) == ZWJ && isPictograph(Character.codePointAt(text, i + 1))) {
                i += 1 + Character.charCount(Character.codePointAt(text, i + 1));
            } else {
                return i;
            }
        }
    }

    private static int afterModifiers(CharSequence text, int i) {
        while (i < text.length()) {
            int cp = Character.codePointAt(text, i);
            if (cp == VS16 || (cp >= 0x1F3FB && cp <= 0x1F3FF) || (cp >= 0xE0020 && cp <= 0xE007F)) {
                i += Character.charCount(cp);
            } else {
                return i;
            }
        }
        return i;
    }

    static boolean isPictograph(int cp) {
        return (cp >= 0x1F000 && cp <= 0x1FAFF && !isRegionalIndicator(cp) && !(cp >= 0x1F3FB && cp <= 0x1F3FF))
                || (cp >= 0x2600 && cp <= 0x27BF)
                || (cp >= 0x2B05 && cp <= 0x2B07) || cp == 0x2B1B || cp == 0x2B1C || cp == 0x2B50 || cp == 0x2B55
                || (cp >= 0x2194 && cp <= 0x21AA) || cp == 0x231A || cp == 0x231B || cp == 0x2328 || cp == 0x23CF
                || (cp >= 0x23E9 && cp <= 0x23FA) || cp == 0x24C2 || (cp >= 0x25AA && cp <= 0x25FE)
                || cp == 0x2934 || cp == 0x2935 || cp == 0x3030 || cp == 0x303D || cp == 0x3297 || cp == 0x3299;
    }

    private static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }

    private static boolean isKeycapBase(int cp) {
        return (cp >= '0' && cp <= '9') || cp == '#' || cp == '*';
    }

    /** Characters shown as text unless U+FE0F asks for the emoji (©, ®, ‼, ⁉, ™, ℹ). */
    private static boolean isTextDefaultEmoji(int cp) {
        return cp == 0x00A9 || cp == 0x00AE || cp == 0x203C || cp == 0x2049 || cp == 0x2122 || cp == 0x2139;
    }
}
