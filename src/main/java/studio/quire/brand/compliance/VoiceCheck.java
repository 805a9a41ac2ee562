package studio.quire.brand.compliance;

import studio.quire.brand.PreferredTerm;
import studio.quire.brand.VoiceRules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A brand's voice rules applied to one text at a time: banned words, preferred terms, sentence
 * length and the reading-ease band. Words and phrases match whole words only, ignoring case, with
 * any run of spaces between the words of a phrase. Built once per kit; safe to share between threads.
 */
final class VoiceCheck {
    private final VoiceRules rules;
    private final List<Pattern> banned;
    private final List<Pattern> preferred;

    VoiceCheck(VoiceRules rules) {
        this.rules = rules;
        this.banned = rules.bannedWords().stream().map(VoiceCheck::wholeWords).toList();
        this.preferred = rules.preferredTerms().stream().map(term -> wholeWords(term.insteadOf())).toList();
    }

    /** A pattern that finds the phrase as whole words, ignoring case. */
    static Pattern wholeWords(String phrase) {
        String[] words = phrase.strip().split("\\s+");
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
        for (int i = 0; i < words.length; i++) {
            regex.append(i == 0 ? "" : "\\s+").append(Pattern.quote(words[i]));
        }
        regex.append("(?![\\p{L}\\p{N}])");
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Every occurrence of the phrase in the text, as whole words, ignoring case. */
    static List<TextSpan> occurrences(String text, Pattern phrase) {
        List<TextSpan> spans = new ArrayList<>();
        Matcher match = phrase.matcher(text);
        while (match.find()) {
            spans.add(new TextSpan(match.start(), match.end()));
        }
        return spans;
    }

    /** Runs every voice rule the kit sets on the text of one slot. */
    void check(String slot, String text, Tally tally) {
        if (!banned.isEmpty()) {
            tally.checked(bannedWords(slot, text));
        }
        if (!preferred.isEmpty()) {
            tally.checked(preferredTerms(slot, text));
        }
        if (rules.maxSentenceWords() > 0) {
            tally.checked(longSentences(slot, text));
        }
        if (rules.minReadingEase() > 0 || rules.maxReadingEase() < 100) {
            readingBand(slot, text, tally);
        }
    }

    private List<Finding> bannedWords(String slot, String text) {
        List<Finding> found = new ArrayList<>();
        for (Pattern word : banned) {
            for (TextSpan span : occurrences(text, word)) {
                String quoted = "\"" + text.substring(span.start(), span.end()) + "\"";
                found.add(Finding.of(Rule.BANNED_WORD, where(slot, span), quoted, "not used",
                        slot + ": " + quoted + " is on this brand's list of words never to use (" + span.describe() + ")", span));
            }
        }
        found.sort(Comparator.comparingInt((Finding f) -> f.span().start()));
        return found;
    }

    private List<Finding> preferredTerms(String slot, String text) {
        List<Finding> found = new ArrayList<>();
        for (int i = 0; i < preferred.size(); i++) {
            PreferredTerm term = rules.preferredTerms().get(i);
            for (TextSpan span : occurrences(text, preferred.get(i))) {
                String written = text.substring(span.start(), span.end());
                String suggestion = sameCase(written, term.use());
                found.add(Finding.of(Rule.PREFERRED_TERM, where(slot, span), "\"" + written + "\"", "\"" + suggestion + "\"",
                        slot + ": write \"" + suggestion + "\" instead of \"" + written + "\" (" + span.describe() + ")", span));
            }
        }
        found.sort(Comparator.comparingInt((Finding f) -> f.span().start()));
        return found;
    }

    private List<Finding> longSentences(String slot, String text) {
        int max = rules.maxSentenceWords();
        List<Finding> found = new ArrayList<>();
        List<TextSpan> sentences = Sentences.of(text);
        for (int i = 0; i < sentences.size(); i++) {
            TextSpan sentence = sentences.get(i);
            int words = Sentences.wordCount(text, sentence);
            if (words > max) {
                found.add(Finding.of(Rule.SENTENCE_LENGTH, where(slot, sentence), words + " words", "at most " + max + " words",
                        slot + ": sentence " + (i + 1) + " has " + words + " words; this brand keeps sentences to " + max
                                + " or fewer, so split it or cut it (" + sentence.describe() + ")", sentence));
            }
        }
        return found;
    }

    private void readingBand(String slot, String text, Tally tally) {
        var reading = ReadingEase.of(text);
        if (reading.isEmpty()) {
            String stripped = text.strip();
            int length = stripped.codePointCount(0, stripped.length());
            tally.notRun(Rule.READING_EASE, slot, slot + ": reading ease not judged; the text has " + length
                    + " characters and texts under " + ReadingEase.MIN_CHARACTERS + " are too short to say");
            return;
        }
        double ease = reading.get().ease();
        double min = rules.minReadingEase();
        double max = rules.maxReadingEase();
        String band = Formats.number(min, 1) + "–" + Formats.number(max, 1);
        String measured = Formats.number(ease, 1);
        Finding finding = null;
        // 0 and 100 are the record's "no bound": ease itself can run below 0 and above 100.
        if (min > 0 && ease < min) {
            finding = Finding.of(Rule.READING_EASE, slot, measured, band, slot + ": reading ease " + measured
                    + " is below this brand's band of " + band + "; it reads harder than the brand wants:"
                    + " shorter sentences and shorter words bring it up");
        } else if (max < 100 && ease > max) {
            finding = Finding.of(Rule.READING_EASE, slot, measured, band, slot + ": reading ease " + measured
                    + " is above this brand's band of " + band + "; it reads simpler than the brand's usual voice");
        }
        tally.checked(finding);
    }

    private static String where(String slot, TextSpan span) {
        return slot + ", " + span.describe();
    }

    /** The suggestion capitalised like what was written: "Sign in" for "Log in", "SIGN IN" for "LOG IN". */
    static String sameCase(String written, String suggestion) {
        if (written.length() > 1 && written.equals(written.toUpperCase(Locale.ROOT))
                && !written.equals(written.toLowerCase(Locale.ROOT))) {
            return suggestion.toUpperCase(Locale.ROOT);
        }
        if (!written.isEmpty() && Character.isUpperCase(written.charAt(0))) {
            return Character.toUpperCase(suggestion.charAt(0)) + suggestion.substring(1);
        }
        return suggestion;
    }
}
