package studio.quire.text;

import org.junit.jupiter.api.Test;

import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The stored format loses nothing, on random documents. Every run uses the same seed (so a failure
 * repeats), printed on failure with the smallest failing document found; try another with
 * {@code -Dquire.seed=N}; run more with {@code -Dquire.documents=N}.
 */
class RoundTripPropertyTest {
    private static final int DOCUMENTS = Integer.getInteger("quire.documents", 5_000);
    private static final long SEED = Long.getLong("quire.seed", 20_260_518L);

    @Test
    void parseOfWrite_isTheNormalizedDocument_forRandomDocuments() {
        forRandomDocuments("parse(write(d)) == d.normalized()",
                d -> MarkdownFormat.parse(MarkdownFormat.write(d)).equals(d.normalized()));
    }

    @Test
    void writeOfParseOfWrite_isTheSameText_forRandomDocuments() {
        forRandomDocuments("write(parse(write(d))) == write(d)", d -> {
            String written = MarkdownFormat.write(d);
            return MarkdownFormat.write(MarkdownFormat.parse(written)).equals(written);
        });
    }

    @Test
    void write_isOneLinePerBlockWithBlankLinesBetween_forRandomDocuments() {
        forRandomDocuments("one line per block", d -> {
            String written = MarkdownFormat.write(d);
            long lineBreaks = written.chars().filter(c -> c == '\n').count();
            return lineBreaks == (d.blocks().isEmpty() ? 0 : 2L * d.blocks().size() - 1);
        });
    }

    @Test
    void wordCount_ofDocument_isTheCountOfItsPlainText_forRandomDocuments() {
        forRandomDocuments("WordCount.of(d) == WordCount.of(d.plainText())",
                d -> WordCount.of(d).equals(WordCount.of(d.plainText())));
    }

    @Test
    void plainText_anyPastedText_survivesAsParagraphs() {
        RandomDocuments random = new RandomDocuments(SEED);
        for (int i = 0; i < DOCUMENTS; i++) {
            String pasted = random.pastedText();
            Document document = Document.ofPlainText(pasted);

            String back = MarkdownFormat.parse(MarkdownFormat.write(document)).plainText();

            assertThat(back).as("seed %d, document %d, text %s", SEED, i, visible(pasted))
                    .isEqualTo(TextHygiene.clean(pasted));
        }
    }

    private static void forRandomDocuments(String property, Predicate<Document> holds) {
        RandomDocuments random = new RandomDocuments(SEED);
        for (int i = 0; i < DOCUMENTS; i++) {
            Document document = random.document();
            if (!holdsSafely(holds, document)) {
                Document smallest = DocumentShrinker.shrink(document, d -> !holdsSafely(holds, d));
                fail("%s fails for document %d of seed %d (rerun with -Dquire.seed=%d).%nSmallest failing document:"
                                + "%n%s%nwritten:%n%s%nread back:%n%s", property, i, SEED, SEED, smallest,
                        visible(safeWrite(smallest)), safeReadBack(smallest));
            }
        }
    }

    private static boolean holdsSafely(Predicate<Document> holds, Document document) {
        try {
            return holds.test(document);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String safeWrite(Document document) {
        try {
            return MarkdownFormat.write(document);
        } catch (RuntimeException e) {
            return e.toString();
        }
    }

    private static String safeReadBack(Document document) {
        try {
            return MarkdownFormat.parse(MarkdownFormat.write(document)).toString();
        } catch (RuntimeException e) {
            return e.toString();
        }
    }

    private static String visible(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    }
}
