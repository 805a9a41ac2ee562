package studio.quire.compare;

import studio.quire.text.Span;

import java.util.ArrayList;
import java.util.List;

/** The styled runs covering a stretch of a block's characters. */
final class SpanSlices {
    private SpanSlices() {
    }

    /** The spans of characters {@code from} (inclusive) to {@code to} (exclusive), cut at both ends. */
    static List<Span> slice(List<Span> spans, int from, int to) {
        List<Span> out = new ArrayList<>();
        int at = 0;
        for (Span span : spans) {
            int start = at;
            int end = at + span.text().length();
            at = end;
            if (end <= from) {
                continue;
            }
            if (start >= to) {
                break;
            }
            int cutFrom = Math.max(from, start) - start;
            int cutTo = Math.min(to, end) - start;
            out.add(cutFrom == 0 && cutTo == span.text().length() ? span
                    : new Span(span.text().substring(cutFrom, cutTo), span.styles(), span.link()));
        }
        return out;
    }
}
