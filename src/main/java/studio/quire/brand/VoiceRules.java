package studio.quire.brand;

import java.util.List;

/**
 * How a brand writes, as rules a machine can check without a network: words never to use, terms to
 * prefer, the longest sentence, and the band of Flesch reading ease its texts should fall in.
 *
 * @param bannedWords      whole words or phrases never to use, matched ignoring case
 * @param preferredTerms   terms to use instead of others
 * @param maxSentenceWords the longest sentence, in words (0: no limit)
 * @param minReadingEase   the lowest Flesch reading ease (0 to 100; 0: no lower bound)
 * @param maxReadingEase   the highest Flesch reading ease (100: no upper bound)
 */
public record VoiceRules(List<String> bannedWords, List<PreferredTerm> preferredTerms, int maxSentenceWords,
                         double minReadingEase, double maxReadingEase) {

    /** No rules at all: every text passes. */
    public static final VoiceRules NONE = new VoiceRules(List.of(), List.of(), 0, 0, 100);

    public VoiceRules {
        bannedWords = bannedWords.stream().map(w -> BrandNames.require(w, "A banned word")).toList();
        preferredTerms = List.copyOf(preferredTerms);
        if (maxSentenceWords < 0 || maxSentenceWords > 500) {
            throw new IllegalArgumentException("The longest sentence must be between 0 (no limit) and 500 words (it is "
                    + maxSentenceWords + ")");
        }
        if (!(0 <= minReadingEase && minReadingEase <= maxReadingEase && maxReadingEase <= 100)) {
            throw new IllegalArgumentException("The reading-ease band must run from 0 to 100, lowest first (it is "
                    + minReadingEase + " to " + maxReadingEase + ")");
        }
    }
}
