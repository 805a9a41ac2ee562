package studio.quire.text;

import java.util.List;

/**
 * One line of a section as the writer sees it: a paragraph, a heading, a quoted paragraph or a list
 * item. Blocks are the unit of storage lines and of diffs.
 */
public sealed interface Block permits Block.Paragraph, Block.Heading, Block.Quote, Block.BulletItem,
        Block.NumberedItem {

    /** The styled runs of text, in order. */
    List<Span> spans();

    /** The same kind of block (same heading level) holding other spans. */
    Block withSpans(List<Span> spans);

    /** The block's characters without styles or links. */
    default String text() {
        List<Span> spans = spans();
        if (spans.size() == 1) {
            return spans.get(0).text();
        }
        StringBuilder text = new StringBuilder();
        spans.forEach(span -> text.append(span.text()));
        return text.toString();
    }

    /** An ordinary paragraph. */
    record Paragraph(List<Span> spans) implements Block {
        public Paragraph {
            spans = List.copyOf(spans);
        }

        public static Paragraph of(Span... spans) {
            return new Paragraph(List.of(spans));
        }

        @Override
        public Paragraph withSpans(List<Span> spans) {
            return new Paragraph(spans);
        }
    }

    /** A heading inside a section, level 1 to {@value #DEEPEST}. */
    record Heading(int level, List<Span> spans) implements Block {
        public static final int DEEPEST = 3;

        public Heading {
            if (level < 1 || level > DEEPEST) {
                throw new IllegalArgumentException("Heading level must be 1 to " + DEEPEST + ": " + level);
            }
            spans = List.copyOf(spans);
        }

        public static Heading of(int level, Span... spans) {
            return new Heading(level, List.of(spans));
        }

        @Override
        public Heading withSpans(List<Span> spans) {
            return new Heading(level, spans);
        }
    }

    /** A quoted paragraph. */
    record Quote(List<Span> spans) implements Block {
        public Quote {
            spans = List.copyOf(spans);
        }

        public static Quote of(Span... spans) {
            return new Quote(List.of(spans));
        }

        @Override
        public Quote withSpans(List<Span> spans) {
            return new Quote(spans);
        }
    }

    /** An item of a bulleted list; consecutive items form one list. */
    record BulletItem(List<Span> spans) implements Block {
        public BulletItem {
            spans = List.copyOf(spans);
        }

        public static BulletItem of(Span... spans) {
            return new BulletItem(List.of(spans));
        }

        @Override
        public BulletItem withSpans(List<Span> spans) {
            return new BulletItem(spans);
        }
    }

    /** An item of a numbered list; its number is its place among consecutive numbered items. */
    record NumberedItem(List<Span> spans) implements Block {
        public NumberedItem {
            spans = List.copyOf(spans);
        }

        public static NumberedItem of(Span... spans) {
            return new NumberedItem(List.of(spans));
        }

        @Override
        public NumberedItem withSpans(List<Span> spans) {
            return new NumberedItem(spans);
        }
    }
}
