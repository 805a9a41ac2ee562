package studio.quire.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of one section: blocks in order. Two documents that differ only in how their text is
 * cut into spans mean the same thing; {@link #normalized()} gives the one canonical form, which is
 * what {@link MarkdownFormat#parse(String)} returns.
 */
public record Document(List<Block> blocks) {
    public static final Document EMPTY = new Document(List.of());

    public Document {
        blocks = List.copyOf(blocks);
    }

    public static Document of(Block... blocks) {
        return new Document(List.of(blocks));
    }

    /**
     * Plain text as paragraphs, one per line; the text is cleaned first ({@link TextHygiene}), so
     * this accepts anything, pasted text included. Empty lines become empty paragraphs.
     */
    public static Document ofPlainText(String text) {
        String clean = TextHygiene.clean(text);
        List<Block> paragraphs = new ArrayList<>();
        int start = 0;
        while (true) {
            int end = clean.indexOf('\n', start);
            String line = end < 0 ? clean.substring(start) : clean.substring(start, end);
            paragraphs.add(new Block.Paragraph(line.isEmpty() ? List.of() : List.of(Span.plain(line))));
            if (end < 0) {
                return new Document(paragraphs);
            }
            start = end + 1;
        }
    }

    /** The characters of every block, blocks separated by a line break. */
    public String plainText() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < blocks.size(); i++) {
            if (i > 0) {
                text.append('\n');
            }
            blocks.get(i).spans().forEach(span -> text.append(span.text()));
        }
        return text.toString();
    }

    /**
     * The canonical form, defined here and only here: inside every block, empty spans are dropped
     * and adjacent spans with the same styles and link are merged into one. Blocks are kept as they
     * are, empty ones included (an empty paragraph is a line the writer left blank).
     */
    public Document normalized() {
        List<Block> normal = new ArrayList<>(blocks.size());
        boolean changed = false;
        for (Block block : blocks) {
            List<Span> spans = normalize(block.spans());
            changed |= spans != block.spans();
            normal.add(spans == block.spans() ? block : block.withSpans(spans));
        }
        return changed ? new Document(normal) : this;
    }

    /** The spans in canonical form; the same list when it already is. */
    static List<Span> normalize(List<Span> spans) {
        if (isNormal(spans)) {
            return spans;
        }
        List<Span> normal = new ArrayList<>(spans.size());
        StringBuilder text = new StringBuilder();
        Span last = null;
        for (Span span : spans) {
            if (span.text().isEmpty()) {
                continue;
            }
            if (last != null && !last.looksLike(span)) {
                normal.add(new Span(text.toString(), last.styles(), last.link()));
                text.setLength(0);
            }
            text.append(span.text());
            last = span;
        }
        if (last != null) {
            normal.add(new Span(text.toString(), last.styles(), last.link()));
        }
        return normal;
    }

    private static boolean isNormal(List<Span> spans) {
        for (int i = 0; i < spans.size(); i++) {
            if (spans.get(i).text().isEmpty() || (i > 0 && spans.get(i - 1).looksLike(spans.get(i)))) {
                return false;
            }
        }
        return true;
    }
}
