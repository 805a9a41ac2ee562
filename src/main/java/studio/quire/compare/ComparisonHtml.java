package studio.quire.compare;

import studio.quire.diff.DiffStats;
import studio.quire.text.Block;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A comparison as one self-contained web page to save, send or print: the title and the two sides'
 * names, what changed in numbers, a legend, then the text inline as the inline view shows it
 * (section titles when it spans a chapter). Everything the page needs is inside it: its style
 * sheet inline, no script, no font, image or other file fetched. It is also well-formed XML
 * (every element closed, attributes quoted, only XML's own entities), so it can be checked and
 * transformed with XML tools. Every text is escaped and only web and mail links are kept as links.
 * The same comparison always gives the same page (no date in it). Pure: run it off the FX thread.
 */
public final class ComparisonHtml {
    private static final String STYLE_SHEET = "comparison-html.css";
    private static final String STYLE = style();

    private ComparisonHtml() {
    }

    /**
     * The page for {@code comparison}.
     *
     * @param title      the page's title, e.g. "The Lighthouse — revision of 3 May ↔ current text"
     * @param olderLabel what the older side is, e.g. "Revision of 3 May, 14:02"
     * @param newerLabel what the newer side is, e.g. "Current text"
     */
    public static String render(Comparison comparison, String title, String olderLabel, String newerLabel) {
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(olderLabel, "olderLabel");
        Objects.requireNonNull(newerLabel, "newerLabel");
        StringBuilder out = new StringBuilder(STYLE.length() + 2_048 + 2 * textLength(comparison));
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>");
        HtmlText.escape(out, title);
        out.append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        header(out, comparison, title, olderLabel, newerLabel);
        out.append("<main>\n");
        HtmlRows rows = new HtmlRows(out);
        for (ComparedPart part : comparison.parts()) {
            out.append("<section class=\"part\">\n");
            if (comparison.spansSections()) {
                out.append("<h2 class=\"part-title\">");
                HtmlText.escape(out, part.title());
                out.append("</h2>\n");
                if (!part.hasChanges()) {
                    out.append("<p class=\"part-unchanged\">No changes in this section.</p>\n");
                }
            }
            rows.write(part);
            out.append("</section>\n");
        }
        return out.append("</main>\n</body>\n</html>\n").toString();
    }

    private static void header(StringBuilder out, Comparison comparison, String title, String olderLabel,
                               String newerLabel) {
        out.append("<header>\n<h1 class=\"document-title\">");
        HtmlText.escape(out, title);
        out.append("</h1>\n<p class=\"sides\"><span class=\"side-name\">Older:</span> ");
        HtmlText.escape(out, olderLabel);
        out.append(" &#8594; <span class=\"side-name\">Newer:</span> ");
        HtmlText.escape(out, newerLabel);
        out.append("</p>\n<p class=\"stats\">");
        HtmlText.escape(out, statsLine(comparison));
        out.append("</p>\n");
        if (comparison.coarsened()) {
            out.append("<p class=\"notice\">Some passages differ too much to be compared word by word: ")
                    .append("they are shown as whole paragraphs removed and added.</p>\n");
        }
        out.append("<p class=\"legend\"><span class=\"key\"><ins>Added text</ins></span> ")
                .append("<span class=\"key\"><del>Removed text</del></span> ")
                .append("<span class=\"key moved\">Moved paragraph</span> ")
                .append("<span class=\"key reformatted\">Formatting changed</span></p>\n</header>\n");
    }

    /** E.g. "12 words added, 3 removed, 4 changed, 1 paragraph moved"; "No differences" when nothing changed. */
    static String statsLine(Comparison comparison) {
        DiffStats stats = comparison.stats();
        long reformatted = comparison.changes().stream().filter(c -> c.kind() == ChangeKind.REFORMATTED).count();
        List<String> items = new ArrayList<>();
        words(items, stats.wordsAdded(), "added");
        words(items, stats.wordsRemoved(), "removed");
        words(items, stats.wordsChanged(), "changed");
        if (stats.paragraphsMoved() > 0) {
            items.add(plural(stats.paragraphsMoved(), "paragraph") + " moved");
        }
        if (reformatted > 0) {
            items.add(plural(reformatted, "paragraph") + " reformatted");
        }
        return items.isEmpty() && comparison.changes().isEmpty() ? "No differences"
                : items.isEmpty() ? plural(comparison.changes().size(), "change") : String.join(", ", items);
    }

    /** The first count names its unit ("3 words added"), the others follow it ("2 removed"). */
    private static void words(List<String> items, int count, String what) {
        if (count > 0) {
            items.add((items.isEmpty() ? plural(count, "word") : String.valueOf(count)) + " " + what);
        }
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static int textLength(Comparison comparison) {
        long length = 0;
        for (ComparedPart part : comparison.parts()) {
            for (Block block : part.newer().blocks()) {
                length += block.text().length();
            }
        }
        return (int) Math.min(length, Integer.MAX_VALUE / 4);
    }

    private static String style() {
        try (InputStream in = ComparisonHtml.class.getResourceAsStream(STYLE_SHEET)) {
            if (in == null) {
                throw new IllegalStateException(STYLE_SHEET + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
