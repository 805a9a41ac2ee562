package studio.quire.text;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** Random documents and texts full of characters that mean something in Markdown. */
public final class RandomDocuments {
    /** Pieces a span's text is made of: markup, escapes, entities, whitespace, scripts, emoji. */
    private static final String[] PIECES = {
        "a", "word", " ", "  ", "\t", "*", "**", "***", "_", "__", "#", "##", ">", "-", "+", "1.", "2)", "10.",
        "[", "]", "(", ")", "](", "](x)", "[x](y)", "\\", "\\\\", "\\*", "&", "&#32;", "&#9;", "&amp;", "&#",
        "`", "~", "<", ">", "<a>", "!", "|", "=", "---", "é", "e\u0301", "漢字", "かな", "한국어", "😀", "👍🏽",
        "\u00A0", "\u200B", "\uFEFF", "\u2019", "'", "\"", ".", ",", "http://x.org/a_b", "don't", "3.14",
    };
    private static final String[] URLS = {
        "https://example.org", "u", "a b", "(x)", "x)", "<y>", "a\\b", "]", "*", " ", "\t", "#frag", "é😀",
        "https://x.org/a_(b)?q=1&r=2", "<", ">", "\\", "))",
    };
    /** Characters of plain text to paste, control characters and lone surrogates included. */
    private static final String[] PASTE = {
        "a", "b", " ", "\n", "\n\n", "\r\n", "\r", "\t", "\u0000", "\u0001", "\u001B", "\u007F", "\uD800",
        "\uDC00", "😀", "*", "#", "- ", "1. ", "> ", "\\", "&#32;", "[", "]", "漢",
    };

    private final SplittableRandom random;

    public RandomDocuments(long seed) {
        random = new SplittableRandom(seed);
    }

    public Document document() {
        int blocks = random.nextInt(8);
        List<Block> list = new ArrayList<>(blocks);
        for (int i = 0; i < blocks; i++) {
            list.add(block());
        }
        return new Document(list);
    }

    Block block() {
        List<Span> spans = new ArrayList<>();
        int count = random.nextInt(6);
        for (int i = 0; i < count; i++) {
            spans.add(span());
        }
        return switch (random.nextInt(5)) {
            case 0 -> new Block.Paragraph(spans);
            case 1 -> new Block.Heading(1 + random.nextInt(Block.Heading.DEEPEST), spans);
            case 2 -> new Block.Quote(spans);
            case 3 -> new Block.BulletItem(spans);
            default -> new Block.NumberedItem(spans);
        };
    }

    Span span() {
        StringBuilder text = new StringBuilder();
        int pieces = random.nextInt(5);
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        Set<Style> styles = EnumSet.noneOf(Style.class);
        if (random.nextInt(3) == 0) {
            styles.add(Style.BOLD);
        }
        if (random.nextInt(3) == 0) {
            styles.add(Style.ITALIC);
        }
        String link = random.nextInt(4) == 0 ? URLS[random.nextInt(URLS.length)] : null;
        return new Span(text.toString(), styles, link);
    }

    /** Any text a writer might paste, including what hygiene must remove. */
    String pastedText() {
        StringBuilder text = new StringBuilder();
        int pieces = random.nextInt(30);
        for (int i = 0; i < pieces; i++) {
            text.append(PASTE[random.nextInt(PASTE.length)]);
        }
        return text.toString();
    }
}
