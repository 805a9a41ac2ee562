package studio.quire.editor.view;

import org.fxmisc.richtext.model.Paragraph;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.StyledDocument;
import studio.quire.editor.EditorText;
import studio.quire.editor.ParStyle;
import studio.quire.editor.StyledDocuments;
import studio.quire.editor.TextStyle;
import studio.quire.text.Document;
import studio.quire.text.MarkdownFormat;

import java.util.List;
import java.util.Objects;

/**
 * The editor view's form of a text, as its view model passes it along ({@link EditorText}): an
 * immutable RichTextFX document, so that it may cross to a background thread, where the
 * conversions run ({@link StyledDocuments}, one pass each way).
 */
public final class StyledText implements EditorText {
    private final ReadOnlyStyledDocument<ParStyle, String, TextStyle> document;

    StyledText(ReadOnlyStyledDocument<ParStyle, String, TextStyle> document) {
        this.document = Objects.requireNonNull(document);
    }

    /** The editor's form of a stored document (the view model's {@link EditorText.Builder}). */
    public static StyledText of(Document document) {
        return new StyledText(StyledDocuments.toStyled(document));
    }

    /** The editor's form of stored text. */
    public static StyledText fromMarkdown(String markdown) {
        return of(MarkdownFormat.parse(markdown));
    }

    /** The document of a text this class built; anything else is a wiring mistake. */
    static StyledDocument<ParStyle, String, TextStyle> documentOf(EditorText text) {
        if (text instanceof StyledText styled) {
            return styled.document;
        }
        throw new IllegalArgumentException("Not a text of the editor view: " + text.getClass().getName()
                + "; build the view model with StyledText::of");
    }

    @Override
    public String markdown() {
        return StyledDocuments.toMarkdown(document.getParagraphs());
    }

    @Override
    public String plainText() {
        List<Paragraph<ParStyle, String, TextStyle>> paragraphs = document.getParagraphs();
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i > 0) {
                all.append('\n');
            }
            all.append(paragraphs.get(i).getText());
        }
        return all.toString();
    }
}
