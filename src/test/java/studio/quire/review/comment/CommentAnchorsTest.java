package studio.quire.review.comment;

import org.junit.jupiter.api.Test;
import studio.quire.editor.StyledDocuments;
import studio.quire.text.Document;
import studio.quire.text.MarkdownFormat;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Anchors count in the editor's plain text, and are found again when the text changed. */
class CommentAnchorsTest {
    private static final String MARKDOWN = """
            # The ferry

            The **harbour** was quiet, *very* quiet: see [the map](https://example.org).

            - one 🐟 fish
            - two

            1. first
            2. second

            > A quote with a \\*star\\*.
            """;

    private static CommentThread thread(int start, int end, String quote) {
        return new CommentThread(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), 1, start, end, quote, false,
                null, List.of());
    }

    @Test
    void plainText_isTheTextTheEditorsDocumentHolds_paragraphsJoinedByALineBreak() {
        Document document = MarkdownFormat.parse(MARKDOWN);

        String plain = CommentAnchors.plainText(document);

        assertThat(plain).isEqualTo(StyledDocuments.toStyled(document).getText());
        assertThat(plain).isEqualTo("The ferry\nThe harbour was quiet, very quiet: see the map.\none 🐟 fish\ntwo\n"
                + "first\nsecond\nA quote with a *star*.");
    }

    @Test
    void plainText_ofNoText_isEmpty_asInAnEmptyEditor() {
        assertThat(CommentAnchors.plainText(Document.EMPTY)).isEqualTo(StyledDocuments.toStyled(Document.EMPTY).getText())
                .isEmpty();
    }

    @Test
    void locate_keepsTheAnchor_whenTheWordsAreStillThere() {
        String text = "The harbour was quiet.";

        assertThat(CommentAnchors.locate(text, thread(4, 11, "harbour"))).contains(new Anchor(4, 11, "harbour"));
    }

    @Test
    void locate_countsUtf16CodeUnits_likeJavaStrings() {
        String text = "one 🐟 fish";
        int start = text.indexOf("fish");

        assertThat(start).isEqualTo(7);
        assertThat(CommentAnchors.locate(text, thread(start, start + 4, "fish"))).contains(new Anchor(7, 11, "fish"));
    }

    @Test
    void locate_findsTheNearestOccurrence_whenTheTextMoved() {
        String text = "Quiet. Then the harbour, and later the harbour again, and the harbour.";
        int second = text.indexOf("harbour", text.indexOf("harbour") + 1);

        Optional<Anchor> found = CommentAnchors.locate(text, thread(second + 3, second + 10, "harbour"));

        assertThat(found).contains(new Anchor(second, second + 7, "harbour"));
    }

    @Test
    void locate_isEmpty_whenTheWordsAreGone() {
        assertThat(CommentAnchors.locate("The port was quiet.", thread(4, 11, "harbour"))).isEmpty();
        assertThat(CommentAnchors.locate("", thread(4, 11, "harbour"))).isEmpty();
    }

    @Test
    void locate_doesNotReadPastTheEnd_whenTheTextGotShorter() {
        assertThat(CommentAnchors.locate("harbour", thread(40, 47, "harbour"))).contains(new Anchor(0, 7, "harbour"));
    }
}
