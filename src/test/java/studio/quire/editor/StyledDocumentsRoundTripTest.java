package studio.quire.editor;

import org.junit.jupiter.api.Test;

import studio.quire.text.RandomDocuments;
import studio.quire.text.MarkdownFormat;
import studio.quire.text.Span;
import studio.quire.text.Document;
import studio.quire.text.Style;
import studio.quire.text.Block;
import static org.assertj.core.api.Assertions.assertThat;

/** The editor's styled form of a document loses nothing; random documents, seed printed on failure. */
class StyledDocumentsRoundTripTest {
    private static final long SEED = Long.getLong("quire.seed", 20_260_518L);

    @Test
    void toDocumentOfToStyled_isTheNormalizedDocument_forRandomDocuments() {
        RandomDocuments random = new RandomDocuments(SEED);
        for (int i = 0; i < 3_000; i++) {
            Document document = random.document();
            Document back = StyledDocuments.toDocument(StyledDocuments.toStyled(document).getParagraphs());
            assertThat(back).as("seed %d, document %d: %s", SEED, i, document).isEqualTo(expected(document));
        }
    }

    @Test
    void toMarkdown_isTheStoredFormatOfTheDocument_forRandomDocuments() {
        RandomDocuments random = new RandomDocuments(SEED);
        for (int i = 0; i < 1_000; i++) {
            Document document = random.document();
            String markdown = StyledDocuments.toMarkdown(StyledDocuments.toStyled(document).getParagraphs());
            assertThat(markdown).as("seed %d: %s", SEED, document).isEqualTo(MarkdownFormat.write(expected(document)));
        }
    }

    @Test
    void toStyled_givesBlockKindsAndTextStyles_notMarkup() {
        Document document = Document.of(Block.Heading.of(2, Span.plain("Title")),
                Block.Paragraph.of(Span.plain("a "), Span.styled("bold", Style.BOLD), Span.plain(" "),
                        Span.plain("link").linkedTo("https://example.org")),
                Block.NumberedItem.of(Span.styled("one", Style.ITALIC)));

        var styled = StyledDocuments.toStyled(document);

        assertThat(styled.getText()).isEqualTo("Title\na bold link\none");
        assertThat(styled.getParagraph(0).getParagraphStyle()).isEqualTo(ParStyle.heading(2));
        assertThat(styled.getParagraph(1).getStyleOfChar(3)).isEqualTo(new TextStyle(true, false, null));
        assertThat(styled.getParagraph(1).getStyleOfChar(8).link()).isEqualTo("https://example.org");
        assertThat(styled.getParagraph(2).getParagraphStyle()).isEqualTo(ParStyle.NUMBERED);
        assertThat(styled.getParagraph(2).getStyleOfChar(0).italic()).isTrue();
    }

    @Test
    void toStyled_givesOneEmptyParagraph_forTheEmptyDocument() {
        var styled = StyledDocuments.toStyled(Document.EMPTY);

        assertThat(styled.getParagraphs()).hasSize(1);
        assertThat(StyledDocuments.toDocument(styled.getParagraphs())).isEqualTo(Document.EMPTY);
    }

    private static Document expected(Document document) {
        Document normal = document.normalized();
        boolean oneEmptyParagraph = normal.blocks().size() == 1 && normal.blocks().get(0) instanceof Block.Paragraph
                && normal.blocks().get(0).spans().isEmpty();
        return oneEmptyParagraph ? Document.EMPTY : normal;
    }
}
