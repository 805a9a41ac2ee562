package studio.quire.brand.template;

/**
 * What someone filling a template may do to one layer. The template's designer is not held by
 * them; everyone else is ({@link TemplateEdits}).
 *
 * @param movable       the layer may be moved
 * @param resizable     the layer may be made larger or smaller
 * @param removable     the layer may be taken out
 * @param textEditable  its words may be changed (text layers)
 * @param styleEditable its colour and font role may be changed
 */
public record Locks(boolean movable, boolean resizable, boolean removable, boolean textEditable, boolean styleEditable) {
    /** Everything may change. */
    public static final Locks NONE = new Locks(true, true, true, true, true);
    /** Nothing may change: a logo in place, a brand bar. */
    public static final Locks ALL = new Locks(false, false, false, false, false);
    /** Only the words may change, inside a fixed place and style. */
    public static final Locks TEXT_ONLY = new Locks(false, false, false, true, false);
}
