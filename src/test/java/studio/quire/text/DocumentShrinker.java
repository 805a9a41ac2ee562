package studio.quire.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Makes a failing document smaller while it keeps failing, so a failure is readable. */
final class DocumentShrinker {
    private DocumentShrinker() {
    }

    static Document shrink(Document failing, Predicate<Document> fails) {
        Document current = failing;
        boolean smaller = true;
        while (smaller) {
            smaller = false;
            for (Document candidate : candidates(current)) {
                if (failsSafely(fails, candidate)) {
                    current = candidate;
                    smaller = true;
                    break;
                }
            }
        }
        return current;
    }

    private static boolean failsSafely(Predicate<Document> fails, Document candidate) {
        try {
            return fails.test(candidate);
        } catch (RuntimeException e) {
            return true;
        }
    }

    /** Each candidate drops one thing: a block, a span, a character, a style or a link. */
    private static List<Document> candidates(Document document) {
        List<Document> candidates = new ArrayList<>();
        List<Block> blocks = document.blocks();
        for (int b = 0; b < blocks.size(); b++) {
            List<Block> fewer = new ArrayList<>(blocks);
            fewer.remove(b);
            candidates.add(new Document(fewer));
        }
        for (int b = 0; b < blocks.size(); b++) {
            List<Span> spans = blocks.get(b).spans();
            for (int s = 0; s < spans.size(); s++) {
                List<Span> fewer = new ArrayList<>(spans);
                fewer.remove(s);
                candidates.add(replace(document, b, fewer));
                Span span = spans.get(s);
                for (int c = 0; c < span.text().length(); c++) {
                    String shorter = span.text().substring(0, c) + span.text().substring(c + 1);
                    if (TextHygiene.isClean(shorter)) {
                        candidates.add(replace(document, b, with(spans, s, new Span(shorter, span.styles(), span.link()))));
                    }
                }
                if (!span.styles().isEmpty()) {
                    candidates.add(replace(document, b, with(spans, s, new Span(span.text(), Set.of(), span.link()))));
                }
                if (span.link() != null) {
                    candidates.add(replace(document, b, with(spans, s, new Span(span.text(), span.styles(), null))));
                }
            }
        }
        return candidates;
    }

    private static List<Span> with(List<Span> spans, int index, Span span) {
        List<Span> changed = new ArrayList<>(spans);
        changed.set(index, span);
        return changed;
    }

    private static Document replace(Document document, int index, List<Span> spans) {
        List<Block> blocks = new ArrayList<>(document.blocks());
        blocks.set(index, blocks.get(index).withSpans(spans));
        return new Document(blocks);
    }
}
