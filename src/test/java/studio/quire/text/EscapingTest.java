package studio.quire.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static studio.quire.text.Span.plain;

/** Markup characters typed as text stay text. */
class EscapingTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "2 * 3 = 6                  | 2 \\* 3 = 6",
            "snake_case and __init__    | snake\\_case and \\_\\_init\\_\\_",
            "# not a heading            | \\# not a heading",
            "C# and F#                  | C# and F#",
            "> not a quote, a > b       | \\> not a quote, a > b",
            "- not an item              | \\- not an item",
            "-5 degrees                 | \\-5 degrees",
            "+ plus                     | \\+ plus",
            "1. not numbered            | 1\\. not numbered",
            "1) not numbered            | 1\\) not numbered",
            "1.5 million                | 1.5 million",
            "1984.                      | 1984\\.",
            "[a](b) is not a link       | \\[a\\](b) is not a link",
            "back\\slash                | back\\\\slash",
            "`code` ~strike~ <b>        | \\`code\\` \\~strike\\~ \\<b>",
            "Tom & Jerry &amp; &#32;    | Tom & Jerry \\&amp; \\&#32;",
            "***                        | \\*\\*\\*",
            "---                        | \\---",
    })
    void write_markupCharactersInText_areEscapedAndReadBack(String text, String expected) {
        Document document = Document.of(Block.Paragraph.of(plain(text)));

        String markdown = MarkdownFormat.write(document);

        assertThat(markdown).isEqualTo(expected + "\n");
        assertThat(MarkdownFormat.parse(markdown)).isEqualTo(document);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'  indented'          | &#32;&#32;indented",
            "'trailing '           | trailing&#32;",
            "'\tTabbed\t'          | &#9;Tabbed&#9;",
            "'   '                 | &#32;&#32;&#32;",
            "'in  the\tmiddle'     | in  the\tmiddle",
    })
    void write_spacesAndTabsAtTheEdges_areEntities(String text, String expected) {
        Document document = Document.of(Block.Paragraph.of(plain(text)));

        String markdown = MarkdownFormat.write(document);

        assertThat(markdown).isEqualTo(expected + "\n");
        assertThat(MarkdownFormat.parse(markdown)).isEqualTo(document);
    }

    @ParameterizedTest
    @ValueSource(strings = {"# Title #", "##", "a # b", "Issue #12"})
    void write_hashesInAHeading_areAllEscaped(String text) {
        Document document = Document.of(Block.Heading.of(2, plain(text)));

        String markdown = MarkdownFormat.write(document);

        assertThat(markdown.substring(3)).doesNotContainPattern("(?<!\\\\)#");
        assertThat(MarkdownFormat.parse(markdown)).isEqualTo(document);
    }

    @ParameterizedTest
    @ValueSource(strings = {"- dash", "1. one", "> gt", "# hash", "héllo wörld 漢字 😀👍🏽", "\u00A0nbsp\u00A0",
            "\\", "\\\\", "*", "**", "[", "]", "](", "&#9;", "&", "a\\*b"})
    void roundTrip_trickyTextInEveryBlockKind_survives(String text) {
        for (Block block : new Block[] {Block.Paragraph.of(plain(text)), Block.Heading.of(1, plain(text)),
                Block.Quote.of(plain(text)), Block.BulletItem.of(plain(text)), Block.NumberedItem.of(plain(text)),
                Block.Paragraph.of(Span.styled(text, Style.BOLD).linkedTo(text))}) {
            Document document = Document.of(block);

            assertThat(MarkdownFormat.parse(MarkdownFormat.write(document))).as(block.toString()).isEqualTo(document);
        }
    }
}
