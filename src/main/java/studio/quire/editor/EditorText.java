package studio.quire.editor;

import studio.quire.text.Document;

/**
 * A text as the editor's view holds it (formatted paragraphs), which the view model passes between
 * the view and the store without looking inside. Immutable, so it may cross to a background
 * thread; reading it is slow for a long section, so the view model does that in the background.
 */
public interface EditorText {
    /** The stored form of the text (ADR 0008). */
    String markdown();

    /** The characters the writer sees, paragraphs joined by line breaks: what the counts count and offsets refer to. */
    String plainText();

    /** Builds the view's form of a stored document; pure and thread-safe, called in the background. */
    @FunctionalInterface
    interface Builder {
        EditorText of(Document document);
    }
}
