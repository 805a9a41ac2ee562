package studio.quire.brand.compliance;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flesch reading ease of an English text: 206.835 − 1.015 × (words ÷ sentences) − 84.6 ×
 * (syllables ÷ words). About 60–70 is plain English; lower is harder. As Yoast does, a text under
 * {@value #MIN_CHARACTERS} characters is not judged: there is too little of it to say.
 *
 * <p>Syllables are counted by a heuristic, not a dictionary, so single words can be off by one
 * ("create" counts 1, "everything" 4); over a passage the errors mostly cancel. The heuristic:
 * letters only, lower case; a word of up to three letters is one syllable; a silent final "e"
 * ("make", "whale", but not after a consonant and "l": "table"), "es" ("makes", but not after s, x, z, c, g, ch or sh: "horses", "pages") and "ed"
 * ("named", but not after t or d: "wanted") are dropped; a leading "y" is a consonant; then each run
 * of vowels (a, e, i, o, u, y) is one syllable, and every word has at least one.
 */
public final class ReadingEase {
    /** Texts shorter than this, in characters, are not judged. */
    public static final int MIN_CHARACTERS = 50;

    private static final Pattern VOWEL_RUN = Pattern.compile("[aeiouy]+");
    private static final Pattern SILENT_END = Pattern.compile(
            "(?:(?<![aeiouyszxcgl]|ch|sh)es|(?<![aeioutd])ed|(?<![aeiouy]|[^aeiouy]l)e)$");

    /** What the formula was given, and what it gave. */
    public record Reading(int sentences, int words, int syllables, double ease) {
    }

    private ReadingEase() {
    }

    /** The text's reading ease; empty when it is under {@value #MIN_CHARACTERS} characters or has no words. */
    public static Optional<Reading> of(String text) {
        String stripped = text.strip();
        if (stripped.codePointCount(0, stripped.length()) < MIN_CHARACTERS) {
            return Optional.empty();
        }
        List<String> words = Sentences.words(stripped);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        int sentences = Math.max(1, Sentences.of(stripped).size());
        int syllables = 0;
        for (String word : words) {
            syllables += syllables(word);
        }
        return Optional.of(new Reading(sentences, words.size(), syllables, flesch(words.size(), sentences, syllables)));
    }

    /** Flesch reading ease from counts. */
    public static double flesch(int words, int sentences, int syllables) {
        if (words <= 0 || sentences <= 0) {
            throw new IllegalArgumentException("Reading ease needs at least one word and one sentence");
        }
        return 206.835 - 1.015 * ((double) words / sentences) - 84.6 * ((double) syllables / words);
    }

    /** The syllables of one English word, by the heuristic above; 0 for a word with no letters. */
    public static int syllables(String word) {
        String letters = word.toLowerCase(Locale.ENGLISH).replaceAll("[^a-z]", "");
        if (letters.isEmpty()) {
            return 0;
        }
        if (letters.length() <= 3) {
            return 1;
        }
        String core = SILENT_END.matcher(letters).replaceFirst("");
        if (core.startsWith("y")) {
            core = core.substring(1);
        }
        Matcher vowels = VOWEL_RUN.matcher(core);
        int count = 0;
        while (vowels.find()) {
            count++;
        }
        return Math.max(1, count);
    }
}
