package studio.quire.brand.template;

import studio.quire.brand.BrandKit;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Edits someone makes to a template's layers or to a variant's words, each checked before it is
 * made: the layer's locks (unless the person is the template's designer), the canvas's bounds,
 * the slot's character limit, the kit's colours and font roles. A refused edit changes nothing and
 * says why. The template's version is not changed here; saving makes the next version.
 */
public final class TemplateEdits {
    private final boolean designer;

    private TemplateEdits(boolean designer) {
        this.designer = designer;
    }

    /** Edits by someone filling the template: every lock holds. */
    public static TemplateEdits forFiller() {
        return new TemplateEdits(false);
    }

    /** Edits by the template's designer, who sets the locks and is not held by them; bounds still hold. */
    public static TemplateEdits forDesigner() {
        return new TemplateEdits(true);
    }

    public EditOutcome<Template> move(Template template, String layerId, double x, double y) {
        return change(template, layerId, Locks::movable, "locked in place", layer -> {
            Frame moved = new Frame(x, y, layer.frame().width(), layer.frame().height());
            return placed(template, layer, moved);
        });
    }

    public EditOutcome<Template> resize(Template template, String layerId, double width, double height) {
        return change(template, layerId, Locks::resizable, "locked at its size", layer -> {
            if (!(width >= 1 && height >= 1) || !Double.isFinite(width) || !Double.isFinite(height)) {
                return EditOutcome.refused(describe(layer) + " must stay at least 1 px wide and high");
            }
            return placed(template, layer, layer.frame().resizedTo(width, height));
        });
    }

    public EditOutcome<Template> remove(Template template, String layerId) {
        return change(template, layerId, Locks::removable, "locked in the template", layer -> {
            if (layer.text() != null && layer.text().required()) {
                return EditOutcome.refused(describe(layer) + " is required: it cannot be taken out");
            }
            List<Layer> rest = template.layers().stream().filter(l -> !l.id().equals(layerId)).toList();
            return EditOutcome.applied(template.withLayers(rest));
        });
    }

    /** Another kit colour and, for a text layer, another kit font role (null keeps a shape without one). */
    public EditOutcome<Template> changeStyle(Template template, BrandKit kit, String layerId, String colour,
                                             String fontRole) {
        return change(template, layerId, Locks::styleEditable, "locked in its style", layer -> {
            if (layer.type() == LayerType.IMAGE || layer.type() == LayerType.LOGO) {
                return EditOutcome.refused(describe(layer) + " has no colour or font to change");
            }
            if (colour == null || kit.colour(colour).isEmpty()) {
                return EditOutcome.refused("\"" + colour + "\" is not one of the colours of the kit \"" + kit.name()
                        + "\": choose one of them");
            }
            if (layer.type() == LayerType.TEXT && (fontRole == null || kit.font(fontRole).isEmpty())) {
                return EditOutcome.refused("\"" + fontRole + "\" is not one of the font roles of the kit \"" + kit.name()
                        + "\": choose one of them");
            }
            String role = layer.type() == LayerType.TEXT ? fontRole : null;
            return EditOutcome.applied(template.withLayer(layer.withStyle(colour, role)));
        });
    }

    /** New words for a text layer in this variant, within the slot's character limit. */
    public EditOutcome<VariantContent> changeText(Template template, VariantContent content, String layerId, String text) {
        Optional<Layer> found = template.layer(layerId);
        if (found.isEmpty()) {
            return EditOutcome.refused(noSuchLayer(template, layerId));
        }
        Layer layer = found.get();
        if (layer.type() != LayerType.TEXT) {
            return EditOutcome.refused(describe(layer) + " holds no words");
        }
        if (!designer && !layer.locks().textEditable()) {
            return EditOutcome.refused(describe(layer) + "'s words are locked");
        }
        String words = text == null ? "" : text;
        TextSlot slot = layer.text();
        int length = TextSlot.length(words);
        if (length > slot.maxChars()) {
            return EditOutcome.refused(describe(layer) + " takes at most " + slot.maxChars() + " characters (this text has "
                    + length + "): shorten it by " + (length - slot.maxChars()));
        }
        if (slot.required() && words.isBlank()) {
            return EditOutcome.refused(describe(layer) + " is required: write something in it");
        }
        return EditOutcome.applied(content.withText(template, layerId, words));
    }

    private interface LayerChange {
        EditOutcome<Template> apply(Layer layer);
    }

    private EditOutcome<Template> change(Template template, String layerId, Predicate<Locks> allowed, String lockedAs,
                                         LayerChange change) {
        Optional<Layer> layer = template.layer(layerId);
        if (layer.isEmpty()) {
            return EditOutcome.refused(noSuchLayer(template, layerId));
        }
        if (!designer && !allowed.test(layer.get().locks())) {
            return EditOutcome.refused(describe(layer.get()) + " is " + lockedAs);
        }
        return change.apply(layer.get());
    }

    private static EditOutcome<Template> placed(Template template, Layer layer, Frame frame) {
        Template.FrameFault fault = Template.FrameFault.of(frame, template.baseWidth(), template.baseHeight());
        if (fault != null) {
            return EditOutcome.refused(describe(layer) + " cannot go there: " + fault.then);
        }
        return EditOutcome.applied(template.withLayer(layer.withFrame(frame)));
    }

    private static String noSuchLayer(Template template, String layerId) {
        return "The template \"" + template.name() + "\" has no layer \"" + layerId + "\" (it may have been taken out)";
    }

    /** "The logo" for a layer named after its kind, else "The logo “Harbour mark”". */
    static String describe(Layer layer) {
        String kind = layer.type().name().toLowerCase(Locale.ROOT);
        return layer.name().equalsIgnoreCase(kind) ? "The " + kind : "The " + kind + " \"" + layer.name() + "\"";
    }
}
