package studio.quire.editor;

import studio.quire.text.Document;
import studio.quire.text.TextHygiene;
import studio.quire.text.WordCount;

/**
 * Plain text from another application, made ready to insert: cleaned, built into the editor's
 * form and its words counted (pasted words are counted apart from written ones). Built off the
 * FX thread: a paste can be megabytes.
 */
final class PlainPaste {
    final EditorText text;
    /** Whether invisible control characters had to be removed. */
    final boolean cleaned;
    final int words;

    private PlainPaste(EditorText text, boolean cleaned, int words) {
        this.text = text;
        this.cleaned = cleaned;
        this.words = words;
    }

    static PlainPaste of(String text, EditorText.Builder texts) {
        boolean cleaned = !TextHygiene.isClean(text.replace("\r", ""));
        Document plain = Document.ofPlainText(text);
        return new PlainPaste(texts.of(plain), cleaned, WordCount.of(plain).words());
    }
}
