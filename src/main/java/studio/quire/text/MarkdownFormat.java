package studio.quire.text;

/**
 * The stored text of a section: a small Markdown subset, one line per block, blocks separated by
 * one blank line, ending with a line break. The grammar and escaping rules are in
 * {@code docs/decisions/0008-stored-text-format.md}. For every document {@code d}:
 * {@code parse(write(d))} equals {@code d.normalized()}, and writing that again gives the same text.
 * Parsing accepts any text (hand-edited or older bodies included) and never fails.
 */
public final class MarkdownFormat {
    private MarkdownFormat() {
    }

    /** The document stored in {@code markdown}; anything not in the subset is kept as text. */
    public static Document parse(String markdown) {
        return MarkdownParser.parse(markdown);
    }

    /** The stored text of {@code document} (normalized first). */
    public static String write(Document document) {
        return MarkdownWriter.write(document);
    }
}
