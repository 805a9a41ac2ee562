package studio.quire.brand.template;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One named element of a template, drawn in list order (the first at the back). Colours and fonts
 * are references to the kit by name, never copies of their values.
 *
 * @param id          unique within the template; fills and edits name the layer by it
 *                    (letters, digits, {@code -} and {@code _})
 * @param name        what the designer calls it ("Title", "Logo")
 * @param frame       its box on the template's base canvas, in pixels
 * @param constraints how the box follows a canvas of another size
 * @param locks       what someone filling the template may change
 * @param text        where a text layer's words come from (text layers only)
 * @param colour      the kit colour of the text or of the shape (text and shape layers)
 * @param fontRole    the kit font role of the text (text layers only)
 * @param assetId     the kit asset a logo or image layer shows unless the fill gives another
 * @param fit         how an image fills the frame (a logo is always {@link ImageFit#CONTAIN})
 * @param align       how the lines of a text layer sit
 */
public record Layer(String id, String name, LayerType type, Frame frame, Constraints constraints, Locks locks,
                    TextSlot text, String colour, String fontRole, UUID assetId, ImageFit fit, TextAlign align) {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public Layer {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("A layer's id is 1 to 64 letters, digits, - or _ (it is \"" + id + "\")");
        }
        if (name == null || name.isBlank() || name.strip().length() > 120) {
            throw new IllegalArgumentException("The layer \"" + id + "\" needs a name of at most 120 characters");
        }
        name = name.strip();
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(frame, "frame");
        Objects.requireNonNull(constraints, "constraints");
        Objects.requireNonNull(locks, "locks");
        align = align == null ? TextAlign.LEFT : align;
        fit = fit == null ? (type == LayerType.LOGO ? ImageFit.CONTAIN : ImageFit.COVER) : fit;
        if (type == LayerType.TEXT && (text == null || fontRole == null || colour == null)) {
            throw new IllegalArgumentException("The text layer \"" + name + "\" needs a text slot, a font role and a colour");
        }
        if (type != LayerType.TEXT && (text != null || fontRole != null)) {
            throw new IllegalArgumentException("Only a text layer has a text slot and a font role (\"" + name + "\" is "
                    + type.name().toLowerCase(java.util.Locale.ROOT) + ")");
        }
        if (type == LayerType.SHAPE && colour == null) {
            throw new IllegalArgumentException("The shape \"" + name + "\" needs a colour from the kit");
        }
        if ((type == LayerType.IMAGE || type == LayerType.LOGO) && colour != null) {
            throw new IllegalArgumentException("The " + type.name().toLowerCase(java.util.Locale.ROOT) + " \"" + name
                    + "\" takes no colour");
        }
        if (type == LayerType.LOGO && fit != ImageFit.CONTAIN) {
            throw new IllegalArgumentException("The logo \"" + name + "\" is always shown whole (contain), never cropped");
        }
    }

    /** A text layer that scales with the canvas and may be changed in every way. */
    public static Layer text(String id, String name, Frame frame, TextSlot slot, String colour, String fontRole) {
        return new Layer(id, name, LayerType.TEXT, frame, Constraints.SCALE, Locks.NONE, slot, colour, fontRole, null,
                null, TextAlign.LEFT);
    }

    /** A block of a kit colour that scales with the canvas. */
    public static Layer shape(String id, String name, Frame frame, String colour) {
        return new Layer(id, name, LayerType.SHAPE, frame, Constraints.SCALE, Locks.NONE, null, colour, null, null,
                null, null);
    }

    /** A logo, locked in every way. */
    public static Layer logo(String id, String name, Frame frame, UUID assetId) {
        return new Layer(id, name, LayerType.LOGO, frame, Constraints.SCALE, Locks.ALL, null, null, null, assetId,
                ImageFit.CONTAIN, null);
    }

    /** An image that covers its frame and may be changed in every way. */
    public static Layer image(String id, String name, Frame frame, UUID assetId) {
        return new Layer(id, name, LayerType.IMAGE, frame, Constraints.SCALE, Locks.NONE, null, null, null, assetId,
                ImageFit.COVER, null);
    }

    public Layer withFrame(Frame newFrame) {
        return new Layer(id, name, type, newFrame, constraints, locks, text, colour, fontRole, assetId, fit, align);
    }

    public Layer withConstraints(Constraints newConstraints) {
        return new Layer(id, name, type, frame, newConstraints, locks, text, colour, fontRole, assetId, fit, align);
    }

    public Layer withLocks(Locks newLocks) {
        return new Layer(id, name, type, frame, constraints, newLocks, text, colour, fontRole, assetId, fit, align);
    }

    public Layer withText(TextSlot newText) {
        return new Layer(id, name, type, frame, constraints, locks, newText, colour, fontRole, assetId, fit, align);
    }

    /** The same layer in another kit colour and, for text, another font role. */
    public Layer withStyle(String newColour, String newFontRole) {
        return new Layer(id, name, type, frame, constraints, locks, text, newColour, newFontRole, assetId, fit, align);
    }

    public Layer withAlign(TextAlign newAlign) {
        return new Layer(id, name, type, frame, constraints, locks, text, colour, fontRole, assetId, fit, newAlign);
    }

    public Layer withFit(ImageFit newFit) {
        return new Layer(id, name, type, frame, constraints, locks, text, colour, fontRole, assetId, newFit, align);
    }
}
