package studio.quire.bench;

import studio.quire.demo.DemoBook;
import studio.quire.demo.DemoManuscript;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

/** Texts for the {@code diff} suite: revisions of one long manuscript, and unrelated manuscripts. */
final class DiffCorpus {
    private DiffCorpus() {
    }

    /** A manuscript of about {@code words} words, its sections' paragraphs one after another (the stored format). */
    static String manuscript(int words, long seed) {
        DemoBook book = DemoManuscript.generate(words, Math.max(1, words / 500), seed, "Corpus");
        return book.chapters().stream().flatMap(c -> c.sections().stream()).map(DemoBook.Section::body)
                .map(String::strip).collect(Collectors.joining("\n\n")) + "\n";
    }

    /**
     * {@code text} with {@code fraction} of its paragraphs edited as a writer revises: a word
     * replaced, a word inserted, a word removed.
     */
    static String revised(String text, double fraction, long seed) {
        Random random = new Random(seed);
        List<String> paragraphs = new ArrayList<>(List.of(text.strip().split("\n\n")));
        int changes = (int) Math.round(paragraphs.size() * fraction);
        for (int i = 0; i < changes; i++) {
            int at = random.nextInt(paragraphs.size());
            List<String> words = new ArrayList<>(List.of(paragraphs.get(at).split(" ")));
            if (words.size() > 3) {
                words.set(random.nextInt(words.size()), "revised");
                words.add(random.nextInt(words.size()), "newly");
                words.remove(random.nextInt(words.size()));
            }
            paragraphs.set(at, String.join(" ", words));
        }
        return String.join("\n\n", paragraphs) + "\n";
    }
}
