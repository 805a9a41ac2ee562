package studio.quire.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the stored Markdown subset (see {@link MarkdownFormat}) line by line. Every line is one
 * block; between two blocks comes one blank line, so a further blank line is an empty paragraph.
 * Text written by hand is read leniently: a missing blank line just starts the next block.
 */
final class MarkdownParser {
    private MarkdownParser() {
    }

    static Document parse(String markdown) {
        String text = TextHygiene.clean(markdown);
        if (text.isEmpty()) {
            return Document.EMPTY;
        }
        int end = text.endsWith("\n") ? text.length() - 1 : text.length();
        List<Block> blocks = new ArrayList<>();
        boolean expectBlock = true;
        int start = 0;
        while (start <= end) {
            int lineEnd = text.indexOf('\n', start);
            if (lineEnd < 0 || lineEnd > end) {
                lineEnd = end;
            }
            if (expectBlock || lineEnd > start) {
                blocks.add(block(text, start, lineEnd));
                expectBlock = false;
            } else {
                expectBlock = true;
            }
            start = lineEnd + 1;
        }
        return new Document(blocks);
    }

    private static Block block(String text, int start, int end) {
        char first = start < end ? text.charAt(start) : 0;
        if (first == '#') {
            int hashes = countRun(text, start, end, '#');
            if (hashes <= Block.Heading.DEEPEST && endsMarker(text, start + hashes, end)) {
                return new Block.Heading(hashes, inline(text, start + hashes, end));
            }
        } else if (first == '>') {
            return new Block.Quote(inline(text, start + 1, end));
        } else if ((first == '-' || first == '+' || first == '*') && endsMarker(text, start + 1, end)) {
            return new Block.BulletItem(inline(text, start + 1, end));
        } else if (first >= '0' && first <= '9') {
            int digits = countDigits(text, start, end);
            int mark = start + digits;
            if (digits <= 9 && mark < end && (text.charAt(mark) == '.' || text.charAt(mark) == ')')
                    && endsMarker(text, mark + 1, end)) {
                return new Block.NumberedItem(inline(text, mark + 1, end));
            }
        }
        return new Block.Paragraph(inline(text, start, end));
    }

    /** The spans of the line's content, with the spaces and tabs around it trimmed. */
    private static List<Span> inline(String text, int start, int end) {
        while (start < end && MarkdownWriter.isSpaceOrTab(text.charAt(start))) {
            start++;
        }
        while (end > start && MarkdownWriter.isSpaceOrTab(text.charAt(end - 1))) {
            end--;
        }
        return Document.normalize(new InlineParser(text, start, end).spans());
    }

    private static boolean endsMarker(String text, int index, int end) {
        return index == end || MarkdownWriter.isSpaceOrTab(text.charAt(index));
    }

    private static int countRun(String text, int start, int end, char c) {
        int i = start;
        while (i < end && text.charAt(i) == c) {
            i++;
        }
        return i - start;
    }

    private static int countDigits(String text, int start, int end) {
        int i = start;
        while (i < end && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i - start;
    }
}
