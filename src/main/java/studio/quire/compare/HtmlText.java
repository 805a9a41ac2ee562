package studio.quire.compare;

import studio.quire.text.Block;
import studio.quire.text.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writing text into the comparison page so that it parses as XML and can never become markup. */
final class HtmlText {
    private HtmlText() {
    }

    /**
     * Appends {@code text} escaped for element content and quoted attributes. Characters XML does not
     * allow (C0 controls other than tab and line breaks, U+FFFE, U+FFFF) are dropped and lone
     * surrogates become U+FFFD, so titles and labels from anywhere are safe too.
     */
    static void escape(StringBuilder out, String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFE' || c == '\uFFFF') {
                        continue;
                    }
                    if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }

    /** Whether a link may be followed from the page: web and mail addresses only, never scripts or files. */
    static boolean followable(String address) {
        String a = address.strip().toLowerCase(Locale.ROOT);
        return a.startsWith("https://") || a.startsWith("http://") || a.startsWith("mailto:");
    }

    /** Appends one styled run: a followable link, bold and italic kept. */
    static void span(StringBuilder out, Span span) {
        boolean link = span.link() != null && followable(span.link());
        if (link) {
            out.append("<a href=\"");
            escape(out, span.link().strip());
            out.append("\">");
        }
        if (span.isBold()) {
            out.append("<strong>");
        }
        if (span.isItalic()) {
            out.append("<em>");
        }
        escape(out, span.text());
        if (span.isItalic()) {
            out.append("</em>");
        }
        if (span.isBold()) {
            out.append("</strong>");
        }
        if (link) {
            out.append("</a>");
        }
    }

    /**
     * Walks one side of a row's block, handing out the styled runs under each piece in turn, so a
     * paragraph of many pieces is cut in one pass.
     */
    static final class SpanCursor {
        private final List<Span> spans;
        private int index;
        private int offset;

        SpanCursor(Block block) {
            this.spans = block == null ? null : block.spans();
        }

        /** The runs under the next {@code text}, or null when they do not spell it (then it is shown plain). */
        List<Span> take(String text) {
            if (spans == null) {
                return null;
            }
            List<Span> out = new ArrayList<>(2);
            int wanted = text.length();
            int at = 0;
            while (at < wanted && index < spans.size()) {
                Span span = spans.get(index);
                int length = span.text().length();
                int count = Math.min(length - offset, wanted - at);
                if (count > 0) {
                    String cut = span.text().substring(offset, offset + count);
                    if (!text.regionMatches(at, cut, 0, count)) {
                        return null;
                    }
                    out.add(count == length ? span : new Span(cut, span.styles(), span.link()));
                }
                at += count;
                offset += count;
                if (offset >= length) {
                    index++;
                    offset = 0;
                }
            }
            return at == wanted ? out : null;
        }
    }
}
