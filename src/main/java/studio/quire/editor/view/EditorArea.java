package studio.quire.editor.view;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.text.TextFlow;
import org.fxmisc.richtext.StyledTextArea;
import org.fxmisc.richtext.TextExt;
import org.fxmisc.richtext.model.Paragraph;
import org.fxmisc.richtext.model.SimpleEditableStyledDocument;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyledDocument;
import org.reactfx.value.Val;
import studio.quire.editor.ParStyle;
import studio.quire.editor.StyledDocuments;
import studio.quire.editor.TextStyle;

import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The text area that shows formatted text (never markup): paragraph styles are block kinds, text
 * styles bold, italic and links, all drawn through CSS classes of editor.css. It knows the editing
 * commands (formatting, lists, whole-document loads); keys and toolbar are wired by the view.
 */
public final class EditorArea extends StyledTextArea<ParStyle, TextStyle> {
    /** The column a writer reads comfortably (about 42em). */
    static final double COLUMN_WIDTH = 680;
    private static final double MIN_SIDE = 24;
    private static final Set<KeyCode> NAVIGATION = Set.of(KeyCode.LEFT, KeyCode.RIGHT, KeyCode.UP, KeyCode.DOWN,
            KeyCode.HOME, KeyCode.END, KeyCode.PAGE_UP, KeyCode.PAGE_DOWN);

    private final Tooltip linkTooltip = new Tooltip();
    private Consumer<String> plainPaste = this::replaceSelection;

    private final SimpleEditableStyledDocument<ParStyle, TextStyle> document;
    private final ReadOnlyBooleanWrapper undoable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper redoable = new ReadOnlyBooleanWrapper(false);
    /** Held here: the undo manager makes a new, lazy value at each call, which a listener alone would not keep alive. */
    private Val<Boolean> undoAvailable;
    private Val<Boolean> redoAvailable;

    public EditorArea() {
        this(new SimpleEditableStyledDocument<>(ParStyle.BODY, TextStyle.PLAIN));
    }

    private EditorArea(SimpleEditableStyledDocument<ParStyle, TextStyle> document) {
        super(ParStyle.BODY, EditorArea::applyParagraphStyle, TextStyle.PLAIN, EditorArea::applyTextStyle,
                document, StyledDocuments.OPS, true);
        this.document = document;
        getStyleClass().add("quire-editor-area");
        setWrapText(true);
        setStyleCodecs(EditorCodecs.PARAGRAPH, EditorCodecs.SEGMENT);
        setParagraphGraphicFactory(this::listMarker);
        followUndoManager();
        widthProperty().addListener((obs, old, width) -> centreColumn(width.doubleValue()));
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKeyPressed);
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> setTextInsertionStyle(null));
        addEventHandler(MouseEvent.MOUSE_CLICKED, this::showLinkOnShortcutClick);
        // A new line or a changed block kind renumbers the lists that are on screen.
        richChanges().filter(change -> !change.isIdentity()
                && (change.getInserted().getParagraphs().size() > 1 || change.getRemoved().getParagraphs().size() > 1
                || change.getInserted().getText().equals(change.getRemoved().getText())))
                .subscribe(change -> refreshListMarkers());
    }

    /**
     * The undo manager's own availability, kept as plain properties. Its values are lazy: once one
     * is invalidated it tells nobody again until it is read, so a binding that reads
     * {@link #isUndoAvailable()} instead froze after the first change (Undo disabled after a paste,
     * enabled on an unchanged section). A change listener reads each new value, keeping it live.
     */
    private void followUndoManager() {
        undoAvailable = getUndoManager().undoAvailableProperty();
        redoAvailable = getUndoManager().redoAvailableProperty();
        undoAvailable.addListener((obs, was, now) -> undoable.set(Boolean.TRUE.equals(now)));
        redoAvailable.addListener((obs, was, now) -> redoable.set(Boolean.TRUE.equals(now)));
        undoable.set(Boolean.TRUE.equals(undoAvailable.getValue()));
        redoable.set(Boolean.TRUE.equals(redoAvailable.getValue()));
    }

    /** True when Undo has a step to take back, as the undo manager says (false right after a section opens). */
    public ReadOnlyBooleanProperty undoableProperty() {
        return undoable.getReadOnlyProperty();
    }

    /** True when Redo has a step to take again. */
    public ReadOnlyBooleanProperty redoableProperty() {
        return redoable.getReadOnlyProperty();
    }

    /** Where plain text from other applications goes (the view model cleans and builds it off the FX thread). */
    void setPlainPasteHandler(Consumer<String> handler) {
        this.plainPaste = handler;
    }

    /** The text as it is now: immutable, so taking it is cheap and it can go to another thread. */
    public StyledText snapshot() {
        return new StyledText(document.snapshot());
    }

    /** Shows a whole document in one replace; {@code forgetHistory} when it is a newly opened text. */
    public void showDocument(StyledDocument<ParStyle, String, TextStyle> document, boolean forgetHistory) {
        replace(0, getLength(), document);
        if (forgetHistory) {
            getUndoManager().forgetHistory();
            moveTo(0);
            requestFollowCaret();
        }
    }

    /** Formatting is kept when the text was copied in a Quire editor; other text goes to the plain paste handler. */
    @Override
    public void paste() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        DataFormat styled = DataFormat.lookupMimeType(EditorCodecs.DOCUMENT_FORMAT_NAME);
        if (styled != null && clipboard.hasContent(styled)) {
            super.paste();
        } else if (clipboard.hasString() && isEditable()) {
            plainPaste.accept(clipboard.getString());
        }
    }

    public void toggleBold() {
        toggle(TextStyle::bold, on -> style -> style.withBold(on));
    }

    public void toggleItalic() {
        toggle(TextStyle::italic, on -> style -> style.withItalic(on));
    }

    /** Makes the selection a link to {@code href}, or no link when it is blank. */
    public void setLink(String href) {
        IndexRange selection = getSelection();
        if (selection.getLength() == 0 || !isEditable()) {
            return;
        }
        String link = href == null || href.isBlank() ? null : href.strip();
        setStyleSpans(selection.getStart(), getStyleSpans(selection).mapStyles(style -> style.withLink(link)));
    }

    /** The link address at the caret or the start of the selection, or "". */
    public String linkAtSelection() {
        int at = getSelection().getLength() > 0 ? getSelection().getStart() + 1 : getCaretPosition();
        String link = getStyleAtPosition(at).link();
        return link == null ? "" : link;
    }

    /** Gives every paragraph touched by the selection the block kind {@code style}. */
    public void setBlockStyle(ParStyle style) {
        if (!isEditable()) {
            return;
        }
        IndexRange selection = getSelection();
        int first = offsetToPosition(selection.getStart(), Bias.Forward).getMajor();
        int last = offsetToPosition(selection.getEnd(), Bias.Backward).getMajor();
        for (int paragraph = first; paragraph <= last; paragraph++) {
            if (!getParagraph(paragraph).getParagraphStyle().equals(style)) {
                setParagraphStyle(paragraph, style);
            }
        }
    }

    /** The block kind of the paragraph holding the caret. */
    public ParStyle currentBlockStyle() {
        return getParagraph(getCurrentParagraph()).getParagraphStyle();
    }

    private void toggle(Predicate<TextStyle> has, java.util.function.Function<Boolean, UnaryOperator<TextStyle>> set) {
        if (!isEditable()) {
            return;
        }
        IndexRange selection = getSelection();
        if (selection.getLength() == 0) {
            // No selection: what is typed next gets the style, as in any word processor.
            TextStyle current = getTextInsertionStyle() != null ? getTextInsertionStyle()
                    : getStyleAtPosition(getCaretPosition());
            setTextInsertionStyle(set.apply(!has.test(current)).apply(current));
            return;
        }
        StyleSpans<TextStyle> spans = getStyleSpans(selection);
        boolean all = spans.styleStream().allMatch(has);
        setStyleSpans(selection.getStart(), spans.mapStyles(set.apply(!all)));
    }

    private void onKeyPressed(KeyEvent event) {
        if (NAVIGATION.contains(event.getCode())) {
            setTextInsertionStyle(null);
        }
        if (event.getCode() != KeyCode.ENTER || event.isShortcutDown() || event.isAltDown() || !isEditable()) {
            return;
        }
        int paragraph = getCurrentParagraph();
        Paragraph<ParStyle, String, TextStyle> current = getParagraph(paragraph);
        ParStyle style = current.getParagraphStyle();
        if (style.isListItem() && current.length() == 0) {
            // Enter on an empty item ends the list.
            setParagraphStyle(paragraph, ParStyle.BODY);
            event.consume();
        } else if (style.kind() == ParStyle.Kind.HEADING && getCaretColumn() == current.length()
                && getSelection().getLength() == 0) {
            // After a heading comes body text.
            replaceSelection("\n");
            setParagraphStyle(getCurrentParagraph(), ParStyle.BODY);
            event.consume();
        }
    }

    private void showLinkOnShortcutClick(MouseEvent event) {
        if (!event.isShortcutDown()) {
            return;
        }
        int index = hit(event.getX(), event.getY()).getCharacterIndex().orElse(-1);
        String link = index >= 0 && index < getLength() ? getStyleOfChar(index).link() : null;
        if (link != null) {
            // Nothing is opened: the address is only shown, so a crafted link can do no harm.
            linkTooltip.setText(link);
            linkTooltip.show(this, event.getScreenX() + 8, event.getScreenY() + 12);
        } else {
            linkTooltip.hide();
        }
    }

    private Node listMarker(int index) {
        if (index < 0 || index >= getParagraphs().size()) {
            return null;
        }
        ParStyle style = getParagraph(index).getParagraphStyle();
        if (style.kind() == ParStyle.Kind.BULLET) {
            return marker("•");
        } else if (style.kind() == ParStyle.Kind.NUMBERED) {
            int number = 1;
            for (int i = index - 1; i >= 0 && getParagraph(i).getParagraphStyle().kind() == ParStyle.Kind.NUMBERED; i--) {
                number++;
            }
            return marker(number + ".");
        }
        return null;
    }

    private static Label marker(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("list-marker");
        return label;
    }

    private void refreshListMarkers() {
        int visible = getVisibleParagraphs().size();
        for (int i = 0; i < visible; i++) {
            try {
                recreateParagraphGraphic(visibleParToAllParIndex(i));
            } catch (IllegalArgumentException | IndexOutOfBoundsException layoutNotReady) {
                return;
            }
        }
    }

    private void centreColumn(double width) {
        double side = Math.max(MIN_SIDE, (width - COLUMN_WIDTH) / 2);
        setPadding(new Insets(32, side, 48, side));
    }

    private static void applyParagraphStyle(TextFlow flow, ParStyle style) {
        flow.getStyleClass().removeIf(name -> name.startsWith("par-"));
        flow.getStyleClass().add(style.styleClass());
    }

    private static void applyTextStyle(TextExt text, TextStyle style) {
        text.getStyleClass().removeAll("bold", "italic", "link");
        if (style.bold()) {
            text.getStyleClass().add("bold");
        }
        if (style.italic()) {
            text.getStyleClass().add("italic");
        }
        if (style.link() != null) {
            text.getStyleClass().add("link");
        }
    }
}
