package studio.quire.editor;

import org.fxmisc.richtext.model.Paragraph;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyledSegment;
import org.fxmisc.richtext.model.TextOps;
import studio.quire.text.Block;
import studio.quire.text.Document;
import studio.quire.text.MarkdownFormat;
import studio.quire.text.Span;
import studio.quire.text.TextHygiene;

import java.util.ArrayList;
import java.util.List;

/**
 * Converts between the stored {@link Document} and RichTextFX's styled documents, both ways, in one
 * pass each (RichTextFX is slow when text is appended piece by piece). Pure: only RichTextFX's model
 * package, no scene graph, so it runs on any thread. For every document {@code d}:
 * {@code toDocument(toStyled(d).getParagraphs())} equals {@code d.normalized()}, except that a
 * document of one empty paragraph comes back as the empty document (an area is never without a
 * paragraph, so the two look the same).
 */
public final class StyledDocuments {
    /** The segment operations every editor area and document of Quire uses. */
    public static final TextOps<String, TextStyle> OPS = SegmentOps.styledTextOps();

    private StyledDocuments() {
    }

    /** The editor's form of {@code document}; always at least one (possibly empty) paragraph. */
    public static ReadOnlyStyledDocument<ParStyle, String, TextStyle> toStyled(Document document) {
        ReadOnlyStyledDocumentBuilder<ParStyle, String, TextStyle> builder =
                new ReadOnlyStyledDocumentBuilder<>(OPS, ParStyle.BODY, Math.max(1, document.blocks().size()));
        if (document.blocks().isEmpty()) {
            builder.addParagraph("", TextStyle.PLAIN, ParStyle.BODY);
        }
        for (Block block : document.blocks()) {
            ParStyle style = parStyleOf(block);
            List<StyledSegment<String, TextStyle>> segments = new ArrayList<>(block.spans().size());
            for (Span span : block.spans()) {
                if (!span.text().isEmpty()) {
                    segments.add(new StyledSegment<>(span.text(), TextStyle.of(span.styles(), span.link())));
                }
            }
            if (segments.isEmpty()) {
                builder.addParagraph("", TextStyle.PLAIN, style);
            } else {
                builder.addParagraph(segments, style);
            }
        }
        return builder.build();
    }

    /** The editor's form of stored text. */
    public static ReadOnlyStyledDocument<ParStyle, String, TextStyle> fromMarkdown(String markdown) {
        return toStyled(MarkdownFormat.parse(markdown));
    }

    /**
     * The stored document of the editor's paragraphs (normalized). Text is cleaned on the way, so
     * whatever reached the editor can be stored.
     */
    public static Document toDocument(List<Paragraph<ParStyle, String, TextStyle>> paragraphs) {
        List<Block> blocks = new ArrayList<>(paragraphs.size());
        for (Paragraph<ParStyle, String, TextStyle> paragraph : paragraphs) {
            List<Span> spans = new ArrayList<>();
            for (StyledSegment<String, TextStyle> segment : paragraph.getStyledSegments()) {
                String text = segment.getSegment();
                if (text.isEmpty()) {
                    continue;
                }
                String clean = TextHygiene.clean(text).replace('\n', ' ');
                TextStyle style = segment.getStyle();
                String link = style.link() == null ? null : TextHygiene.clean(style.link()).replace('\n', ' ');
                spans.add(new Span(clean, style.styles(), link));
            }
            blocks.add(blockOf(paragraph.getParagraphStyle(), spans));
        }
        if (blocks.size() == 1 && blocks.get(0) instanceof Block.Paragraph && blocks.get(0).spans().isEmpty()) {
            return Document.EMPTY; // an area always holds one paragraph; an empty one is no text
        }
        return new Document(blocks).normalized();
    }

    /** The stored text of the editor's paragraphs. */
    public static String toMarkdown(List<Paragraph<ParStyle, String, TextStyle>> paragraphs) {
        return MarkdownFormat.write(toDocument(paragraphs));
    }

    static ParStyle parStyleOf(Block block) {
        if (block instanceof Block.Heading heading) {
            return ParStyle.heading(heading.level());
        } else if (block instanceof Block.Quote) {
            return ParStyle.QUOTE;
        } else if (block instanceof Block.BulletItem) {
            return ParStyle.BULLET;
        } else if (block instanceof Block.NumberedItem) {
            return ParStyle.NUMBERED;
        }
        return ParStyle.BODY;
    }

    static Block blockOf(ParStyle style, List<Span> spans) {
        return switch (style.kind()) {
            case BODY -> new Block.Paragraph(spans);
            case HEADING -> new Block.Heading(style.level(), spans);
            case QUOTE -> new Block.Quote(spans);
            case BULLET -> new Block.BulletItem(spans);
            case NUMBERED -> new Block.NumberedItem(spans);
        };
    }
}
