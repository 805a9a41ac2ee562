package studio.quire.editor;

/** What the editor view should show: a whole new text, or text to insert at the selection. */
public record DocumentLoad(EditorText text, Mode mode) {
    /** How the view applies it. */
    public enum Mode {
        /** Replace everything and forget the undo history (opening, their text after a conflict). */
        OPEN,
        /** Replace everything as one undoable edit (restoring a revision, "Use my version"). */
        REPLACE,
        /** Replace the selection (a paste). */
        INSERT
    }
}
