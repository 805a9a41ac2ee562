package studio.quire.editor;

import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import studio.quire.text.Document;
import studio.quire.text.TextHygiene;
import studio.quire.text.WordCount;

/**
 * Plain text from another application, made ready to insert: cleaned, built into a styled
 * document and its words counted (pasted words are counted apart from written ones). Built off the
 * FX thread: a paste can be megabytes.
 */
final class PlainPaste {
    final ReadOnlyStyledDocument<ParStyle, String, TextStyle> document;
    /** Whether invisible control characters had to be removed. */
    final boolean cleaned;
    final int words;

    private PlainPaste(ReadOnlyStyledDocument<ParStyle, String, TextStyle> document, boolean cleaned, int words) {
        this.document = document;
        this.cleaned = cleaned;
        this.words = words;
    }

    static PlainPaste of(String text) {
        boolean cleaned = !TextHygiene.isClean(text.replace("\r", ""));
        Document plain = Document.ofPlainText(text);
        return new PlainPaste(StyledDocuments.toStyled(plain), cleaned, WordCount.of(plain).words());
    }
}
