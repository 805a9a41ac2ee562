package studio.quire.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * A text cut into paragraphs without losing a character. In the stored format (ADR 0008) blocks are
 * joined by one blank line and the text ends with a line feed, so cutting at every "\n\n" after
 * taking off that final line feed gives exactly its blocks, empty ones included; any other text is
 * cut the same way and joins back exactly.
 *
 * @param texts      the paragraphs, in order
 * @param terminated whether the text ended with a line feed after its last paragraph
 */
record Paragraphs(List<String> texts, boolean terminated) {
    static final String SEPARATOR = "\n\n";

    static Paragraphs of(String text) {
        boolean terminated = text.endsWith("\n");
        String body = terminated ? text.substring(0, text.length() - 1) : text;
        List<String> parts = new ArrayList<>();
        if (!body.isEmpty()) {
            int from = 0;
            int at;
            while ((at = body.indexOf(SEPARATOR, from)) >= 0) {
                parts.add(body.substring(from, at));
                from = at + SEPARATOR.length();
            }
            parts.add(body.substring(from));
        } else if (terminated) {
            // "\n" is one empty paragraph: the text of a document with one empty block
            parts.add("");
        }
        return new Paragraphs(parts, terminated);
    }

    static String join(List<String> texts, boolean terminated) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < texts.size(); i++) {
            if (i > 0) {
                out.append(SEPARATOR);
            }
            out.append(texts.get(i));
        }
        if (terminated) {
            out.append('\n');
        }
        return out.toString();
    }

    int size() {
        return texts.size();
    }

    String get(int index) {
        return texts.get(index);
    }
}
