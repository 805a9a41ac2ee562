package studio.quire.brand.fill;

import org.junit.jupiter.api.Test;
import studio.quire.brand.platform.CountingRule;
import studio.quire.text.Block;
import studio.quire.text.Document;
import studio.quire.text.MarkdownFormat;
import studio.quire.text.Span;
import studio.quire.text.Style;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A section as the editor saved it, read the way a consultant filling a template needs it. */
class SectionSnippetsTest {
    /** What the editor stores for a section with a heading, emphasis, a link, lists and a quote, plus an imported image. */
    private static final String STORED = MarkdownFormat.write(Document.of(
            Block.Heading.of(1, Span.plain("Harbour ferries")),
            Block.Paragraph.of(Span.plain("Ferries leave at "), Span.styled("nine", Style.BOLD), Span.plain(" and "),
                    Span.styled("return", Style.ITALIC), Span.plain(" at six. Tickets are sold "),
                    Span.plain("on board").linkedTo("https://quire.studio/tickets"), Span.plain(". #Ferries #harbour")),
            Block.BulletItem.of(Span.plain("Bring a coat")),
            Block.BulletItem.of(Span.plain("Bikes go free")),
            Block.NumberedItem.of(Span.plain("Buy a ticket")),
            Block.NumberedItem.of(Span.plain("Board")),
            Block.Quote.of(Span.plain("A line worth quoting."))))
            + "\n![The quay at *dawn*](images/quay.jpg)\n\nSee the [timetable photo](https://quire.studio/t.PNG) too.\n";

    @Test
    void of_givesThePlainText_withoutMarkdownMarks() {
        SectionSnippets section = SectionSnippets.of("Ferries", STORED);

        assertThat(section.body()).isEqualTo("""
                Harbour ferries

                Ferries leave at nine and return at six. Tickets are sold on board. #Ferries #harbour

                • Bring a coat
                • Bikes go free

                1. Buy a ticket
                2. Board

                A line worth quoting.

                See the timetable photo too.""");
        assertThat(section.body()).doesNotContain("*", "[", "](", "#Harbour", "!");
    }

    @Test
    void of_findsTheFirstParagraph_skippingTheHeading() {
        assertThat(SectionSnippets.of("Ferries", STORED).firstParagraph())
                .isEqualTo("Ferries leave at nine and return at six. Tickets are sold on board. #Ferries #harbour");
    }

    @Test
    void of_findsTheImages_embeddedOrLinked() {
        assertThat(SectionSnippets.of("Ferries", STORED).images()).containsExactly(
                new ImageRef("The quay at dawn", "images/quay.jpg"),
                new ImageRef("timetable photo", "https://quire.studio/t.PNG"));
    }

    @Test
    void of_findsTheHashtags_onceEach() {
        SectionSnippets section = SectionSnippets.of("Ferries #harbour", STORED);

        assertThat(section.hashtags()).containsExactly("#harbour", "#Ferries");
    }

    @Test
    void snippet_keepsWholeSentences_thatFit() {
        SectionSnippets section = SectionSnippets.of("Ferries", STORED);

        assertThat(section.snippet(60)).isEqualTo("Ferries leave at nine and return at six.");
        assertThat(section.snippet(70)).isEqualTo("Ferries leave at nine and return at six. Tickets are sold on board.");
    }

    @Test
    void snippet_cutsWholeWordsWithAnEllipsis_whenNoSentenceFits() {
        SectionSnippets section = SectionSnippets.of("Ferries", STORED);

        assertThat(section.snippet(20)).isEqualTo("Ferries leave at…");
        assertThat(section.snippet(5)).isEqualTo("Ferr…");
        assertThat(section.snippet(1)).isEqualTo("…");
        assertThat(section.snippet(0)).isEmpty();
    }

    @Test
    void snippet_countsByThePlatformsRule_whenGivenOne() {
        SectionSnippets section = SectionSnippets.of("", "港の船は九時に出ます。切符は船内で買えます。\n");

        assertThat(section.snippet(12, CountingRule.CODE_POINTS)).isEqualTo("港の船は九時に出ます。");
        assertThat(section.snippet(22, CountingRule.X_WEIGHTED)).isEqualTo("港の船は九時に出ます。");
        assertThat(section.snippet(21, CountingRule.X_WEIGHTED)).isEqualTo("港の船は九時に出…");
    }

    @Test
    void snippet_neverSplitsAnEmoji() {
        SectionSnippets section = SectionSnippets.of("", "👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧\n");

        assertThat(section.snippet(3, CountingRule.GRAPHEMES)).isEqualTo("👨‍👩‍👧👨‍👩‍👧…");
    }

    @Test
    void of_givesNothing_forAnEmptySection() {
        SectionSnippets empty = SectionSnippets.of(null, "");

        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.title()).isEmpty();
        assertThat(empty.body()).isEmpty();
        assertThat(empty.firstParagraph()).isEmpty();
        assertThat(empty.images()).isEmpty();
        assertThat(empty.hashtags()).isEmpty();
        assertThat(empty.snippet(100)).isEmpty();
        assertThat(SectionSnippets.of("  ", null).isEmpty()).isTrue();
    }

    @Test
    void of_stripsNulAndControlCharacters_fromTitleAndText() {
        SectionSnippets section = SectionSnippets.of("Har\0bour\n  ferries", "Fer\0ries\u0007 leave.\r\n\r\nAt nine.\n");

        assertThat(section.title()).isEqualTo("Harbour ferries");
        assertThat(section.body()).isEqualTo("Ferries leave.\n\nAt nine.");
        assertThat(section.body()).doesNotContain("\0");
    }

    @Test
    void of_readsAMegabyteSection_andCutsItsSnippet() {
        String stored = "The ferry to the island leaves from the old quay every morning at nine. ".repeat(14_000) + "\n";
        assertThat(stored.length()).isGreaterThan(1_000_000);

        SectionSnippets section = SectionSnippets.of("Long", stored);

        assertThat(section.snippet(150)).isEqualTo(
                "The ferry to the island leaves from the old quay every morning at nine. "
                        + "The ferry to the island leaves from the old quay every morning at nine.");
        assertThat(section.body()).hasSize(stored.strip().length());
    }

    @Test
    void socialSnippet_givesTheWritersOwnText_ignoringCaseOfTheNetwork() {
        SectionSnippets section = SectionSnippets.of("Ferries", STORED)
                .withSocialSnippets(Map.of("LinkedIn", " New timetable from Monday. ", "X", " "));

        assertThat(section.socialSnippet("linkedin")).contains("New timetable from Monday.");
        assertThat(section.socialSnippet("X")).isEmpty();
        assertThat(section.body()).startsWith("Harbour ferries");
    }
}
