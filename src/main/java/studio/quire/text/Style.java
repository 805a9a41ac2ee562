package studio.quire.text;

/** A character style a writer can give a run of text. */
public enum Style {
    BOLD,
    ITALIC
}
