package studio.quire.diff;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** How alike two paragraphs are: the Dice coefficient of their words as multisets (case ignored). */
final class Similarity {
    private Similarity() {
    }

    static Map<String, Integer> words(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (Tokens.Token token : Tokens.of(text)) {
            if (token.type() == Tokens.Type.WORD) {
                counts.merge(token.text().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        return counts;
    }

    static int size(Map<String, Integer> words) {
        int n = 0;
        for (int c : words.values()) {
            n += c;
        }
        return n;
    }

    /** 1 for the same words, 0 for none in common; two paragraphs without words are alike. */
    static double of(Map<String, Integer> a, int sizeA, Map<String, Integer> b, int sizeB) {
        if (sizeA == 0 && sizeB == 0) {
            return 1;
        }
        Map<String, Integer> small = a.size() <= b.size() ? a : b;
        Map<String, Integer> large = small == a ? b : a;
        int common = 0;
        for (Map.Entry<String, Integer> e : small.entrySet()) {
            common += Math.min(e.getValue(), large.getOrDefault(e.getKey(), 0));
        }
        return 2.0 * common / (sizeA + sizeB);
    }

    static double of(String a, String b) {
        Map<String, Integer> wa = words(a);
        Map<String, Integer> wb = words(b);
        return of(wa, size(wa), wb, size(wb));
    }
}
