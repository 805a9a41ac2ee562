package studio.quire.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** Random manuscripts and random edits of them, for property tests; one seed gives one sequence. */
final class RandomTexts {
    private static final String[] WORDS = {
        "the", "a", "house", "river", "she", "said", "walked", "slowly", "into", "night", "don't", "well-known",
        "light", "Anna", "Berlin", "of", "and", "was", "é", "漢字", "naïve", "3.14", "1999", "rain", "window",
        "letter", "road", "never", "again", "**bold**", "*it*", "[link](u)", "\\*", "&#32;", "😀",
    };
    private static final String[] PUNCTUATION = {".", ",", ";", ":", "!", "?", "…", "\u2019", "\""};

    private final SplittableRandom random;

    RandomTexts(long seed) {
        random = new SplittableRandom(seed);
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }

    /** A paragraph of words separated by single spaces, some followed by punctuation. */
    String paragraph(int maxWords) {
        int n = random.nextInt(maxWords + 1);
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                p.append(' ');
            }
            p.append(word());
            if (random.nextInt(6) == 0) {
                p.append(PUNCTUATION[random.nextInt(PUNCTUATION.length)]);
            }
        }
        return p.toString();
    }

    List<String> paragraphs(int maxParagraphs, int maxWords) {
        int n = random.nextInt(maxParagraphs + 1);
        List<String> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(paragraph(maxWords));
        }
        return list;
    }

    String text(List<String> paragraphs) {
        return Paragraphs.join(paragraphs, !paragraphs.isEmpty() && random.nextInt(5) != 0);
    }

    /** Any edit a writer makes: words inserted, deleted, changed; paragraphs moved, duplicated, split. */
    List<String> edit(List<String> original) {
        List<String> ps = new ArrayList<>(original);
        int edits = random.nextInt(5);
        for (int e = 0; e < edits; e++) {
            int kind = random.nextInt(9);
            if (ps.isEmpty() || kind == 0) {
                ps.add(random.nextInt(ps.size() + 1), paragraph(12));
                continue;
            }
            int at = random.nextInt(ps.size());
            switch (kind) {
                case 1 -> ps.remove(at);
                case 2 -> {
                    String moved = ps.remove(at);
                    ps.add(random.nextInt(ps.size() + 1), moved);
                }
                case 3 -> ps.add(random.nextInt(ps.size() + 1), ps.get(at));
                case 4 -> ps.set(at, editWords(ps.get(at)));
                case 5 -> ps.set(at, whitespaceTweak(ps.get(at)));
                case 6 -> ps.set(at, caseTweak(ps.get(at)));
                case 7 -> ps.set(at, punctuationTweak(ps.get(at)));
                default -> ps.set(at, ps.get(at) + (random.nextBoolean() ? "\n" : "  ") + word());
            }
        }
        return ps;
    }

    String editWords(String paragraph) {
        List<String> words = new ArrayList<>(List.of(paragraph.split(" ", -1)));
        int at = random.nextInt(words.size());
        switch (random.nextInt(3)) {
            case 0 -> words.add(at, word());
            case 1 -> words.remove(at);
            default -> words.set(at, word());
        }
        return String.join(" ", words);
    }

    /** Spaces doubled or turned into tabs or line feeds; whitespace added at either end. */
    String whitespaceTweak(String paragraph) {
        return switch (random.nextInt(5)) {
            case 0 -> paragraph.replaceFirst(" ", "  ");
            case 4 -> paragraph + "\n\n" + (random.nextBoolean() ? "" : " ");
            case 1 -> paragraph.replace(" ", "\t");
            case 2 -> " " + paragraph;
            default -> paragraph + " \t";
        };
    }

    String caseTweak(String paragraph) {
        return random.nextBoolean() ? paragraph.toUpperCase(Locale.ROOT) : paragraph.toLowerCase(Locale.ROOT);
    }

    /** Punctuation added after a word or removed where it follows one, never joining two words. */
    String punctuationTweak(String paragraph) {
        String mark = PUNCTUATION[random.nextInt(PUNCTUATION.length)];
        if (random.nextBoolean()) {
            return paragraph.replaceFirst("([\\p{L}\\p{N}])( |$)", "$1" + mark + "$2");
        }
        return paragraph.replaceFirst("([\\p{L}\\p{N}])[.,;:!?…\"](?=( |$))", "$1");
    }
}
