package studio.quire.brand.variants;

import studio.quire.brand.fill.SectionSnippets;
import studio.quire.brand.fill.SlotBinding;
import studio.quire.brand.template.Layer;
import studio.quire.brand.template.LayerType;
import studio.quire.brand.template.Template;
import studio.quire.brand.template.VariantContent;

import java.util.Map;
import java.util.TreeMap;

/** A template filled from a section: each text slot bound to the section gets its words, cut to the slot's limit. */
public final class VariantFill {
    private VariantFill() {
    }

    /** The fill of every section-bound text slot of the template; the template's own texts and images stay. */
    public static VariantContent of(Template template, SectionSnippets section) {
        Map<String, String> texts = new TreeMap<>();
        for (Layer layer : template.layers()) {
            if (layer.type() == LayerType.TEXT && SlotBinding.isKnown(layer.text().binding())) {
                texts.put(layer.id(), SlotBinding.resolve(layer.text().binding(), section, layer.text().maxChars()));
            }
        }
        return VariantContent.of(template, texts, Map.of());
    }
}
