package studio.quire.editor.view;

import javafx.scene.layout.StackPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import studio.quire.editor.StyledDocuments;

/**
 * Stored text shown formatted and read-only, with the editor's styles: for revisions and other
 * places that show a section without editing it. Build it with small texts on the FX thread, or
 * convert in the background with {@link StyledDocuments#fromMarkdown} and call {@link #show}.
 */
public final class FormattedTextView extends StackPane {
    private final EditorArea area = new EditorArea();

    public FormattedTextView(String markdown) {
        getStyleClass().add("formatted-text-view");
        getStylesheets().add(FormattedTextView.class.getResource("/studio/quire/editor/editor.css").toExternalForm());
        area.setEditable(false);
        area.setId("formattedText");
        getChildren().add(new VirtualizedScrollPane<>(area));
        setMarkdown(markdown);
    }

    /** Shows other stored text. */
    public void setMarkdown(String markdown) {
        show(StyledDocuments.fromMarkdown(markdown));
    }

    /** Shows a document converted in the background. */
    public void show(org.fxmisc.richtext.model.StyledDocument<studio.quire.editor.ParStyle, String,
            studio.quire.editor.TextStyle> document) {
        area.showDocument(document, true);
    }

    /** The plain characters shown, for tests and copying. */
    public String text() {
        return area.getText();
    }
}
