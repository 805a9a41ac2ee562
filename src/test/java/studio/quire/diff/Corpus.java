package studio.quire.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Big texts for the worst-case tests and the timing run: manuscripts, edits, repetition. */
final class Corpus {
    private Corpus() {
    }

    /** About {@code words} words in paragraphs of 20 to 180 words, from a 5,000-word vocabulary. */
    static List<String> manuscript(long seed, int words) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> paragraphs = new ArrayList<>();
        int written = 0;
        while (written < words) {
            int n = Math.min(words - written, 20 + random.nextInt(161));
            paragraphs.add(paragraph(random, n));
            written += n;
        }
        return paragraphs;
    }

    static String paragraph(SplittableRandom random, int words) {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                p.append(' ');
            }
            p.append(word(random));
            if (random.nextInt(12) == 0) {
                p.append(random.nextBoolean() ? "." : ",");
            }
        }
        return p.toString();
    }

    static String word(SplittableRandom random) {
        int id = random.nextInt(5_000);
        StringBuilder w = new StringBuilder();
        do {
            w.append((char) ('a' + id % 26));
            id /= 26;
        } while (id > 0);
        return w.toString();
    }

    /** The manuscript with {@code percent}% of its paragraphs changed: a few words replaced, inserted or deleted. */
    static List<String> edited(List<String> paragraphs, long seed, int percent) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> out = new ArrayList<>(paragraphs.size());
        for (String p : paragraphs) {
            if (random.nextInt(100) >= percent) {
                out.add(p);
                continue;
            }
            List<String> words = new ArrayList<>(List.of(p.split(" ")));
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits && !words.isEmpty(); e++) {
                int at = random.nextInt(words.size());
                switch (random.nextInt(3)) {
                    case 0 -> words.set(at, word(random));
                    case 1 -> words.add(at, word(random));
                    default -> words.remove(at);
                }
            }
            out.add(String.join(" ", words));
        }
        return out;
    }

    static String text(List<String> paragraphs) {
        return Paragraphs.join(paragraphs, true);
    }
}
