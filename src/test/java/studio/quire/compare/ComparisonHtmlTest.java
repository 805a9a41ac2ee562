package studio.quire.compare;

import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import studio.quire.diff.DiffLimits;
import studio.quire.diff.DiffOptions;
import studio.quire.diff.Granularity;
import studio.quire.text.Block;
import studio.quire.text.Document;
import studio.quire.text.Span;
import studio.quire.text.Style;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ComparisonHtmlTest {
    private static final String DOCTYPE = "<!DOCTYPE html>";

    private static Document paragraphs(String... texts) {
        List<Block> blocks = new ArrayList<>();
        for (String text : texts) {
            blocks.add(Block.Paragraph.of(Span.plain(text)));
        }
        return new Document(blocks);
    }

    private static Comparison compare(Document older, Document newer) {
        return Comparison.of(new ComparedText(UUID.randomUUID(), "Scene", older, newer), DiffOptions.DEFAULT);
    }

    private static String render(Comparison comparison) {
        return ComparisonHtml.render(comparison, "The Lighthouse", "Revision of 3 May", "Current text");
    }

    /** The page parsed as XML (its doctype taken away): fails the test when it is not well-formed. */
    private static org.w3c.dom.Document parse(String html) throws Exception {
        assertThat(html).startsWith(DOCTYPE);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(html.substring(DOCTYPE.length()))));
    }

    private static List<String> texts(org.w3c.dom.Document page, String xpath) throws Exception {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, page, XPathConstants.NODESET);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    @Test
    void render_escapesEveryText_soNothingBecomesMarkup() throws Exception {
        String hostile = "<script>alert(\"x\")</script> & 'quoted' \"twice\"";
        Document older = paragraphs("Safe.");
        Document newer = new Document(List.of(Block.Paragraph.of(Span.plain(hostile)),
                Block.Paragraph.of(Span.plain("click me").linkedTo("javascript:alert(1)"))));
        Comparison comparison = Comparison.of(List.of(new ComparedText(null, "<b>One</b> & \"two\"", older, newer),
                new ComparedText(null, "Second", older, older)), DiffOptions.DEFAULT);

        String html = ComparisonHtml.render(comparison, "Title </title><script>", "Older <i>", "Newer & \"new\"");

        assertThat(html).doesNotContain("<script").doesNotContain("<b>").doesNotContain("<i>")
                .doesNotContain("javascript:")
                .contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39; &quot;twice&quot;");
        org.w3c.dom.Document page = parse(html);
        assertThat(texts(page, "//title")).containsExactly("Title </title><script>");
        assertThat(texts(page, "//p[contains(@class, 'sides')]").get(0)).contains("Older <i>").contains("Newer & \"new\"");
        assertThat(texts(page, "//ins")).contains(hostile, "click me");
        assertThat(texts(page, "//h2")).containsExactly("<b>One</b> & \"two\"", "Second");
        assertThat(texts(page, "//a")).isEmpty();
    }

    @Test
    void render_ofAReplacement_marksTheOldWordsDeletedAndTheNewInserted() throws Exception {
        Comparison comparison = compare(paragraphs("The cat sat on the mat."), paragraphs("The dog sat on the mat."));

        org.w3c.dom.Document page = parse(render(comparison));

        assertThat(texts(page, "//main//p[contains(@class, 'changed')]")).containsExactly("The catdog sat on the mat.");
        assertThat(texts(page, "//main//del")).containsExactly("cat");
        assertThat(texts(page, "//main//ins")).containsExactly("dog");
        assertThat(texts(page, "//p[@class='stats']")).containsExactly("1 word changed");
    }

    @Test
    void render_ofAMovedParagraph_marksWhereItArrivesAndWhereItLeft() throws Exception {
        String moved = "The lighthouse keeper climbed the stairs every night.";
        Document older = paragraphs(moved, "Rain fell on the rocks below the tower.", "The ships passed far out at sea.");
        Document newer = paragraphs("Rain fell on the rocks below the tower.", "The ships passed far out at sea.", moved);

        org.w3c.dom.Document page = parse(render(compare(older, newer)));

        assertThat(texts(page, "//main//*[contains(@class, 'moved-here')]")).containsExactly("Moved here" + moved);
        assertThat(texts(page, "//main//*[contains(@class, 'moved-away')]")).containsExactly("Moved from here" + moved);
        assertThat(texts(page, "//main//*[contains(@class, 'moved-away')]/del")).containsExactly(moved);
        assertThat(texts(page, "//p[@class='stats']")).containsExactly("1 paragraph moved");
    }

    @Test
    void render_ofAChapter_titlesEachSection_andOfOneSectionTitlesNone() throws Exception {
        Document text = paragraphs("Unchanged.");
        Comparison chapter = Comparison.of(List.of(new ComparedText(null, "Arrival", text, paragraphs("Changed.")),
                new ComparedText(null, "Departure", text, text)), DiffOptions.DEFAULT);

        org.w3c.dom.Document page = parse(render(chapter));

        assertThat(texts(page, "//h2[@class='part-title']")).containsExactly("Arrival", "Departure");
        assertThat(texts(page, "//section[2]/p[@class='part-unchanged']")).hasSize(1);
        assertThat(texts(page, "//section[1]/p[@class='part-unchanged']")).isEmpty();
        assertThat(texts(parse(render(compare(text, text))), "//h2")).isEmpty();
    }

    @Test
    void render_keepsBlockKindsAndInlineStyles() throws Exception {
        Document document = Document.of(
                Block.Heading.of(2, Span.plain("A heading")),
                Block.Paragraph.of(Span.styled("Bold", Style.BOLD), Span.plain(" and "), Span.styled("italic", Style.ITALIC),
                        Span.plain(" and "), Span.plain("a link").linkedTo("https://example.org/?a=1&b=2")),
                Block.Quote.of(Span.plain("A quotation.")),
                Block.BulletItem.of(Span.plain("First bullet")),
                Block.BulletItem.of(Span.plain("Second bullet")),
                Block.NumberedItem.of(Span.plain("First step")),
                Block.Paragraph.of(Span.plain("The end.")));
        Document older = Document.of(Block.Heading.of(2, Span.plain("A heading")),
                Block.Paragraph.of(Span.plain("Bold and italic and a link")));

        org.w3c.dom.Document page = parse(render(compare(older, document)));

        assertThat(texts(page, "//main//h2")).containsExactly("A heading");
        assertThat(texts(page, "//main//strong")).containsExactly("Bold");
        assertThat(texts(page, "//main//em")).containsExactly("italic");
        assertThat(texts(page, "//main//a/@href")).containsExactly("https://example.org/?a=1&b=2");
        assertThat(texts(page, "//main//*[contains(@class, 'reformatted')]/span[@class='row-label']"))
                .containsExactly("Formatting changed");
        assertThat(texts(page, "//main//blockquote")).containsExactly("A quotation.");
        assertThat(texts(page, "//main//ul/li")).containsExactly("First bullet", "Second bullet");
        assertThat(texts(page, "//main//ol/li")).containsExactly("First step");
        assertThat(texts(page, "//main//ul")).hasSize(1);
    }

    @Test
    void render_numbersTheItemsOfTheNewerList_leavingRemovedOnesUnnumbered() throws Exception {
        Document older = Document.of(Block.NumberedItem.of(Span.plain("Open the door")),
                Block.NumberedItem.of(Span.plain("Light the lamp at the top of the tower")),
                Block.NumberedItem.of(Span.plain("Close the door")));
        Document newer = Document.of(Block.NumberedItem.of(Span.plain("Open the door")),
                Block.NumberedItem.of(Span.plain("Close the door")));

        org.w3c.dom.Document page = parse(render(compare(older, newer)));

        assertThat(texts(page, "//main//ol")).hasSize(1);
        assertThat(texts(page, "//main//ol/li[@value]")).containsExactly("Open the door", "Close the door");
        assertThat(texts(page, "//main//ol/li/@value")).containsExactly("1", "2");
        assertThat(texts(page, "//main//ol/li[contains(@class, 'deleted')]/del"))
                .containsExactly("Light the lamp at the top of the tower");
    }

    @Test
    void render_needsNothingFromOutside() throws Exception {
        Document newer = Document.of(Block.Paragraph.of(Span.plain("mail").linkedTo("mailto:ed@example.org"),
                Span.plain(" file").linkedTo("file:///etc/passwd")));
        String html = render(compare(paragraphs("Old."), newer));

        assertThat(html).doesNotContain("<script").doesNotContain("<link").doesNotContain("<img")
                .doesNotContain("src=").doesNotContain("url(").doesNotContain("@import").doesNotContain("file:")
                .contains("<meta charset=\"utf-8\"/>").contains("<style>");
        Matcher hrefs = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
        List<String> addresses = new ArrayList<>();
        while (hrefs.find()) {
            addresses.add(hrefs.group(1));
        }
        assertThat(addresses).containsExactly("mailto:ed@example.org");
        assertThat(texts(parse(html), "//main//ins")).containsExactly("mail file");
    }

    @Test
    void render_ofEqualTexts_saysNoDifferences() throws Exception {
        Document text = paragraphs("Nothing changed.", "");

        org.w3c.dom.Document page = parse(render(compare(text, text)));

        assertThat(texts(page, "//p[@class='stats']")).containsExactly("No differences");
        assertThat(texts(page, "//p[@class='notice']")).isEmpty();
        assertThat(texts(page, "//main//ins | //main//del")).isEmpty();
    }

    @Test
    void render_ofACoarsenedComparison_saysSo() throws Exception {
        DiffOptions tight = new DiffOptions(Granularity.WORD, false, false, false, new DiffLimits(0, 0, 0, 0));
        Comparison comparison = Comparison.of(new ComparedText(null, "Scene",
                paragraphs("One two three four five."), paragraphs("One two six four five.")), tight);
        assertThat(comparison.coarsened()).isTrue();

        org.w3c.dom.Document page = parse(render(comparison));

        assertThat(texts(page, "//p[@class='notice']")).hasSize(1);
        assertThat(String.join("", texts(page, "//main//ins"))).contains("six");
    }

    @Test
    void render_ofTwentyThousandWords_growsInProportionToTheText() throws Exception {
        Random random = new Random(4);
        List<String> older = new ArrayList<>();
        List<String> newer = new ArrayList<>();
        int textLength = 0;
        for (int p = 0; p < 400; p++) {
            StringBuilder paragraph = new StringBuilder();
            StringBuilder edited = new StringBuilder();
            for (int w = 0; w < 50; w++) {
                String word = "word" + random.nextInt(5_000);
                paragraph.append(w == 0 ? "" : " ").append(word);
                edited.append(w == 0 ? "" : " ").append(random.nextInt(20) == 0 ? "<new&" + w + ">" : word);
            }
            older.add(paragraph.toString());
            newer.add(edited.toString());
            textLength += paragraph.length() + edited.length();
        }
        Comparison comparison = compare(paragraphs(older.toArray(String[]::new)), paragraphs(newer.toArray(String[]::new)));

        String html = render(comparison);

        assertThat(comparison.changes()).hasSizeGreaterThan(400);
        assertThat(html.length()).isLessThan(3 * textLength);
        org.w3c.dom.Document page = parse(html);
        assertThat(texts(page, "//main//p")).hasSize(400);
        assertThat(String.join("", texts(page, "//main//ins"))).contains("<new&");
    }
}
