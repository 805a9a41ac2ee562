package studio.quire.brand.fill;

import studio.quire.text.Block;
import studio.quire.text.Document;
import studio.quire.text.Span;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a parsed section once: its plain text block by block (list items with "• " or their
 * number, no Markdown marks), the prose a snippet is cut from (everything but headings, as one
 * flow), the first paragraph, and the images its text points at. An image written
 * {@code ![alt](address)} is taken out of the text; a link to an image file keeps its words.
 */
final class SectionReading {
    private static final Pattern IMAGE_FILE = Pattern.compile("(?i).*\\.(png|jpe?g|gif|webp|svg|avif)([?#].*)?");
    private static final Pattern SPACES = Pattern.compile("[ \\t]{2,}");

    final StringBuilder body = new StringBuilder();
    final StringBuilder prose = new StringBuilder();
    String firstParagraph = "";
    private final Map<String, ImageRef> images = new LinkedHashMap<>();

    private SectionReading() {
    }

    static SectionReading of(Document document) {
        SectionReading reading = new SectionReading();
        int number = 0;
        Block previous = null;
        for (Block block : document.blocks()) {
            String text = reading.text(block);
            number = block instanceof Block.NumberedItem ? number + 1 : 0;
            if (text.isEmpty()) {
                continue;
            }
            reading.add(block, previous, text, number);
            previous = block;
        }
        return reading;
    }

    List<ImageRef> images() {
        return List.copyOf(images.values());
    }

    private void add(Block block, Block previous, String text, int number) {
        boolean item = block instanceof Block.BulletItem || block instanceof Block.NumberedItem;
        if (body.length() > 0) {
            boolean sameList = item && previous != null && previous.getClass() == block.getClass();
            body.append(sameList ? "\n" : "\n\n");
        }
        if (block instanceof Block.BulletItem) {
            body.append("• ");
        } else if (block instanceof Block.NumberedItem) {
            body.append(number).append(". ");
        }
        body.append(text);
        if (!(block instanceof Block.Heading)) {
            prose.append(prose.length() > 0 ? " " : "").append(text);
        }
        if (firstParagraph.isEmpty() && (block instanceof Block.Paragraph || block instanceof Block.Quote)) {
            firstParagraph = text;
        }
    }

    /** The block's words without marks, images taken out, spaces tidied. */
    private String text(Block block) {
        List<Span> spans = block.spans();
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < spans.size()) {
            Span span = spans.get(i);
            if (span.link() == null) {
                text.append(span.text());
                i++;
                continue;
            }
            StringBuilder words = new StringBuilder();
            int j = i;
            while (j < spans.size() && span.link().equals(spans.get(j).link())) {
                words.append(spans.get(j++).text());
            }
            boolean embedded = text.length() > 0 && text.charAt(text.length() - 1) == '!';
            if (embedded) {
                text.setLength(text.length() - 1);
                image(words.toString(), span.link());
            } else {
                text.append(words);
                if (IMAGE_FILE.matcher(span.link()).matches()) {
                    image(words.toString(), span.link());
                }
            }
            i = j;
        }
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    private void image(String alt, String address) {
        images.putIfAbsent(address.toLowerCase(Locale.ROOT), new ImageRef(alt, address));
    }
}
