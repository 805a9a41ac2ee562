package studio.quire.demo;

/**
 * Pseudo-English prose with an exact number of words: sentences built from a subject, a verb
 * and prepositional phrases, padded with adverbs to the word, grouped into paragraphs, with the
 * occasional Markdown subheading and emphasis. Pure and deterministic for a given generator.
 */
final class Prose {
    private static final String[] NAMES = {"Mara", "Tobias", "Elin", "the keeper", "Agnes", "the captain", "Jonah",
        "the old woman", "Ruth", "the boy", "Isak", "the stranger"};
    private static final String[] NOUNS = {"harbour", "lamp", "storm", "window", "letter", "ship", "stair", "tide",
        "garden", "kitchen", "map", "bell", "road", "lantern", "door", "island", "shore", "rope", "clock", "field",
        "river", "fire", "table", "hill", "mirror", "orchard", "chapel", "key", "fog", "wall"};
    private static final String[] ADJECTIVES = {"quiet", "narrow", "grey", "broken", "distant", "warm", "salt-stained",
        "silver", "heavy", "forgotten", "bright", "cold", "crooked", "patient", "hollow", "ancient", "small", "wet"};
    private static final String[] VERBS = {"waited", "turned", "listened", "walked", "paused", "watched", "climbed",
        "returned", "lingered", "wandered", "hesitated", "stood", "knelt", "looked", "laughed", "whispered"};
    private static final String[] PREPOSITIONS = {"by", "beyond", "toward", "under", "near", "across", "beside",
        "behind", "past", "along", "above", "inside"};
    private static final String[] ADVERBS = {"again", "slowly", "tonight", "quietly", "still", "alone", "once",
        "there", "anyway", "carefully", "outside", "somehow"};
    private static final String[] CONNECTORS = {"and", "while", "but", "until", "because", "as"};
    private static final String[] SHORT = {"Silence.", "Nothing.", "Morning.", "Enough.", "Rain.", "Later."};

    private final SplitMix random;

    Prose(SplitMix random) {
        this.random = random;
    }

    /** A Markdown body of exactly {@code words} words (as counted by {@link studio.quire.text.WordCount}). */
    String body(int words) {
        StringBuilder text = new StringBuilder(words * 7);
        int remaining = words;
        int paragraphs = 0;
        while (remaining > 0) {
            if (paragraphs > 0) {
                text.append("\n\n");
                if (paragraphs % 4 == 0 && remaining > 40 && random.chance(0.5)) {
                    int headingWords = random.between(2, 4);
                    text.append("### ").append(title(headingWords)).append("\n\n");
                    remaining -= headingWords;
                }
            }
            int sentences = random.between(3, 7);
            for (int s = 0; s < sentences && remaining > 0; s++) {
                int length = Math.min(remaining, random.between(6, 22));
                if (remaining - length > 0 && remaining - length < 4) {
                    length = remaining; // no stub sentences at the end of a section
                }
                if (s > 0) {
                    text.append(' ');
                }
                sentence(text, length);
                remaining -= length;
            }
            paragraphs++;
        }
        return text.toString();
    }

    /** A title of exactly {@code words} capitalized words, e.g. "The Quiet Harbour". */
    String title(int words) {
        StringBuilder t = new StringBuilder();
        if (words >= 3) {
            t.append("The ");
            words--;
        }
        for (int i = 0; i < words - 1; i++) {
            t.append(capitalize(random.pick(ADJECTIVES))).append(' ');
        }
        return t.append(capitalize(random.pick(NOUNS))).toString();
    }

    String sentenceOf(int words) {
        StringBuilder s = new StringBuilder();
        sentence(s, words);
        return s.toString();
    }

    private void sentence(StringBuilder out, int words) {
        if (words == 1) {
            out.append(random.pick(SHORT));
            return;
        }
        int start = out.length();
        int remaining = words;
        remaining -= subject(out, remaining - 1);
        out.append(' ');
        remaining -= word(out, random.pick(VERBS));
        while (remaining >= 3) {
            if (remaining >= 6 && random.chance(0.25)) {
                out.append(", ").append(random.pick(CONNECTORS)).append(' ');
                remaining -= 1;
                remaining -= subject(out, remaining - 1);
                out.append(' ');
                remaining -= word(out, random.pick(VERBS));
                continue;
            }
            out.append(' ').append(random.pick(PREPOSITIONS)).append(" the ");
            remaining -= 2;
            if (remaining >= 3 && random.chance(0.4)) {
                remaining -= word(out, random.pick(ADJECTIVES));
                out.append(' ');
            }
            remaining -= word(out, random.pick(NOUNS));
        }
        while (remaining > 0) {
            out.append(' ');
            remaining -= word(out, random.pick(ADVERBS));
        }
        out.setCharAt(start, Character.toUpperCase(out.charAt(start)));
        out.append(random.chance(0.08) ? '?' : '.');
    }

    /** Appends a subject of at most {@code max} (≥ 1) words; returns how many it used. */
    private int subject(StringBuilder out, int max) {
        if (max >= 3 && random.chance(0.3)) {
            out.append("the ");
            word(out, random.pick(ADJECTIVES));
            out.append(' ').append(random.pick(NOUNS));
            return 3;
        }
        String name = random.pick(NAMES);
        int size = name.indexOf(' ') < 0 ? 1 : name.split(" ").length;
        if (size > max) {
            name = "she";
            size = 1;
        }
        out.append(name);
        return size;
    }

    /** Appends one word, now and then in Markdown emphasis; returns 1. */
    private int word(StringBuilder out, String word) {
        if (random.chance(0.015)) {
            out.append('*').append(word).append('*');
        } else {
            out.append(word);
        }
        return 1;
    }

    static String capitalize(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
