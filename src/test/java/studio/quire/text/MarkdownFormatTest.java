package studio.quire.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static studio.quire.text.Span.plain;
import static studio.quire.text.Span.styled;

/** Each construct of the stored format, written and read back. */
class MarkdownFormatTest {

    @Test
    void write_oneLinePerBlock_blankLineBetweenAndLineBreakAtEnd() {
        Document document = Document.of(
                Block.Heading.of(1, plain("Harbour")),
                Block.Paragraph.of(plain("She waited.")),
                Block.Heading.of(2, plain("Night")),
                Block.Heading.of(3, plain("Later")),
                Block.Quote.of(plain("The sea keeps nothing.")),
                Block.BulletItem.of(plain("salt")),
                Block.BulletItem.of(plain("rope")),
                Block.NumberedItem.of(plain("first")),
                Block.NumberedItem.of(plain("second")));

        String markdown = MarkdownFormat.write(document);

        assertThat(markdown).isEqualTo("""
                # Harbour

                She waited.

                ## Night

                ### Later

                > The sea keeps nothing.

                - salt

                - rope

                1. first

                1. second
                """);
        assertThat(MarkdownFormat.parse(markdown)).isEqualTo(document);
    }

    @Test
    void write_boldItalicAndBoth_asAsteriskRuns() {
        Document document = Document.of(Block.Paragraph.of(plain("a "), styled("bold", Style.BOLD), plain(" "),
                styled("italic", Style.ITALIC), plain(" "), styled("both", Style.BOLD, Style.ITALIC), plain(".")));

        String markdown = MarkdownFormat.write(document);

        assertThat(markdown).isEqualTo("a **bold** *italic* ***both***.\n");
        assertThat(MarkdownFormat.parse(markdown)).isEqualTo(document);
    }

    @Test
    void write_styleChangingInsideAWord_togglesOnlyWhatChanges() {
        Document document = Document.of(Block.Paragraph.of(styled("un", Style.BOLD),
                styled("believ", Style.BOLD, Style.ITALIC), styled("able", Style.ITALIC)));

        String markdown = MarkdownFormat.write(document);

        assertThat(markdown).isEqualTo("**un*believ**able*\n");
        assertThat(MarkdownFormat.parse(markdown)).isEqualTo(document);
    }

    @Test
    void write_links_plainOrAngledAddress() {
        Document document = Document.of(Block.Paragraph.of(plain("See "),
                plain("the map").linkedTo("https://example.org/map_(old)"), plain(" or "),
                styled("this", Style.BOLD).linkedTo("file:///My Documents/a.txt"), plain(".")));

        String markdown = MarkdownFormat.write(document);

        assertThat(markdown).isEqualTo(
                "See [the map](https://example.org/map_\\(old\\)) or [**this**](<file:///My Documents/a.txt>).\n");
        assertThat(MarkdownFormat.parse(markdown)).isEqualTo(document);
    }

    @Test
    void write_linkWithMixedStyles_isOneLink() {
        Document document = Document.of(Block.BulletItem.of(plain("go ").linkedTo("u"),
                styled("now", Style.ITALIC).linkedTo("u")));

        assertThat(MarkdownFormat.write(document)).isEqualTo("- [go *now*](u)\n");
        assertThat(MarkdownFormat.parse("- [go *now*](u)\n")).isEqualTo(document);
    }

    @Test
    void write_emptyBlocks_keepTheirPlaceWithoutTrailingSpaces() {
        Document document = Document.of(Block.Paragraph.of(), Block.Paragraph.of(plain("a")),
                Block.Paragraph.of(), Block.Heading.of(2), Block.Quote.of(), Block.BulletItem.of(),
                Block.NumberedItem.of(), Block.Paragraph.of());

        String markdown = MarkdownFormat.write(document);

        assertThat(markdown).isEqualTo("\n\na\n\n\n\n##\n\n>\n\n-\n\n1.\n\n\n");
        assertThat(MarkdownFormat.parse(markdown)).isEqualTo(document);
    }

    @Test
    void write_emptyDocument_isEmptyAndOneEmptyParagraphIsOneLineBreak() {
        assertThat(MarkdownFormat.write(Document.EMPTY)).isEmpty();
        assertThat(MarkdownFormat.parse("")).isEqualTo(Document.EMPTY);
        assertThat(MarkdownFormat.write(Document.of(Block.Paragraph.of()))).isEqualTo("\n");
        assertThat(MarkdownFormat.parse("\n")).isEqualTo(Document.of(Block.Paragraph.of()));
    }

    @Test
    void parse_returnsNormalizedSpans() {
        Document split = Document.of(Block.Paragraph.of(plain("a"), plain(""), plain("b"),
                styled("", Style.BOLD), styled("c", Style.ITALIC), styled("d", Style.ITALIC)));

        Document read = MarkdownFormat.parse(MarkdownFormat.write(split));

        assertThat(read).isEqualTo(split.normalized());
        assertThat(read.blocks().get(0).spans()).containsExactly(plain("ab"), styled("cd", Style.ITALIC));
    }

    @Test
    void parse_handWrittenMarkdown_isReadLeniently() {
        Document read = MarkdownFormat.parse("### The *quiet* harbour\r\nShe waited - again.\n\n\n* one\n+ two\n"
                + "2) three\n>close\n#### deep\n[not a link] and [x](\n**unclosed");

        assertThat(read.blocks()).containsExactly(
                Block.Heading.of(3, plain("The "), styled("quiet", Style.ITALIC), plain(" harbour")),
                Block.Paragraph.of(plain("She waited - again.")),
                Block.Paragraph.of(),
                Block.BulletItem.of(plain("one")),
                Block.BulletItem.of(plain("two")),
                Block.NumberedItem.of(plain("three")),
                Block.Quote.of(plain("close")),
                Block.Paragraph.of(plain("#### deep")),
                Block.Paragraph.of(plain("[not a link] and [x](")),
                Block.Paragraph.of(styled("unclosed", Style.BOLD)));
    }

    @Test
    void parse_blockTypes_keepTheirSpans() {
        Document read = MarkdownFormat.parse("> **Never** lose a word\n");

        assertThat(read.blocks()).containsExactly(
                new Block.Quote(List.of(styled("Never", Style.BOLD), plain(" lose a word"))));
    }
}
