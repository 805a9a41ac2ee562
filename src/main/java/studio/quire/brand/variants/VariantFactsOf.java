package studio.quire.brand.variants;

import studio.quire.brand.BrandAsset;
import studio.quire.brand.BrandKit;
import studio.quire.brand.KitColour;
import studio.quire.brand.compliance.Box;
import studio.quire.brand.compliance.ColourUse;
import studio.quire.brand.compliance.Contrast;
import studio.quire.brand.compliance.LogoFact;
import studio.quire.brand.compliance.TextFact;
import studio.quire.brand.compliance.VariantFacts;
import studio.quire.brand.platform.PlatformSpec;
import studio.quire.brand.platform.SafeArea;
import studio.quire.brand.render.LogoFacts;
import studio.quire.brand.render.RenderFacts;
import studio.quire.brand.render.TextFacts;
import studio.quire.brand.template.Frame;
import studio.quire.brand.template.Layer;
import studio.quire.brand.template.LayerType;
import studio.quire.brand.template.Layout;
import studio.quire.brand.template.Placement;
import studio.quire.brand.template.Template;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the renderer drew for one placement, as the facts a compliance check reads: the canvas,
 * the placement's safe area, each text with its font, size, colours and box, each logo with the
 * kit's minimum width and clear space, the other elements a logo must keep clear of, and every
 * colour used. Pure: the same render, placement, template and kit always give the same facts.
 *
 * <p>A text over an image is judged on the worst flat colour under it (the one it contrasts least
 * with) and named "Title (over an image)", so a finding says why its background is uncertain.
 */
public final class VariantFactsOf {
    /** What the renderer draws where a kit colour is missing. */
    static final String MISSING_HEX = "#FF00FF";

    private VariantFactsOf() {
    }

    /** The compliance facts of one rendered variant. */
    public static VariantFacts of(RenderFacts facts, PlatformSpec spec, Template template, BrandKit kit) {
        List<TextFact> texts = new ArrayList<>();
        for (TextFacts text : facts.texts()) {
            texts.add(text(text, facts, template));
        }
        List<LogoFact> logos = new ArrayList<>();
        List<Box> logoBoxes = new ArrayList<>();
        for (LogoFacts logo : facts.logos()) {
            if (logo.drawn() == null) {
                continue; // not drawn: the render's own problems say so, and there is nothing to measure
            }
            Optional<BrandAsset> asset = Optional.ofNullable(logo.assetId()).flatMap(kit::asset);
            String name = asset.map(BrandAsset::name).orElseGet(() -> layerName(template, logo.layerId()));
            Box box = box(logo.drawn());
            logos.add(new LogoFact(name, box, asset.map(BrandAsset::minWidthPx).orElse(0),
                    asset.map(BrandAsset::clearSpace).orElse(0.0)));
            logoBoxes.add(box);
        }
        List<Box> others = new ArrayList<>();
        for (LogoFacts image : facts.images()) {
            if (!image.logo() && image.drawn() != null) {
                addUnlessBackdrop(others, box(image.drawn()), logoBoxes);
            }
        }
        List<ColourUse> colours = new ArrayList<>();
        colours.add(new ColourUse("Background", rgb(facts.backgroundHex())));
        Layout layout = Layout.at(template, facts.width(), facts.height());
        for (Placement placed : layout.placements()) {
            Layer layer = placed.layer();
            if (layer.type() == LayerType.SHAPE) {
                addUnlessBackdrop(others, box(placed.frame()), logoBoxes);
                colours.add(new ColourUse(layer.name() + " fill", rgb(hex(kit, facts, layer.colour()))));
            }
        }
        for (TextFacts text : facts.texts()) {
            colours.add(new ColourUse(layerName(template, text.layerId()), rgb(text.colourHex())));
        }
        return new VariantFacts(facts.width(), facts.height(), safeArea(spec, facts), texts, logos, others, colours);
    }

    private static TextFact text(TextFacts text, RenderFacts facts, Template template) {
        String name = layerName(template, text.layerId());
        int colour = rgb(text.colourHex());
        List<String> under = text.backgroundHexes().isEmpty() ? List.of(facts.backgroundHex()) : text.backgroundHexes();
        int background = rgb(under.get(0));
        if (text.overImage()) {
            name = name + " (over an image)";
            double worst = Double.POSITIVE_INFINITY;
            for (String hex : under) {
                double ratio = Contrast.ratio(colour, rgb(hex));
                if (ratio < worst) {
                    worst = ratio;
                    background = rgb(hex);
                }
            }
        }
        int maxChars = template.layer(text.layerId()).map(Layer::text).map(slot -> slot.maxChars()).orElse(0);
        return new TextFact(name, text.text(), text.requestedFamily(), text.usedFamily(), text.sizePx(),
                text.weight() >= 600, colour, background, box(text.textBounds()), maxChars);
    }

    /** A shape or image the logo sits on is its backdrop, not something intruding on its clear space. */
    private static void addUnlessBackdrop(List<Box> others, Box box, List<Box> logos) {
        if (box.w() <= 0 || box.h() <= 0 || logos.stream().anyMatch(box::contains)) {
            return;
        }
        others.add(box);
    }

    private static Box safeArea(PlatformSpec spec, RenderFacts facts) {
        SafeArea area = spec.safeArea();
        double sx = (double) facts.width() / spec.width();
        double sy = (double) facts.height() / spec.height();
        return new Box(area.x() * sx, area.y() * sy, area.width() * sx, area.height() * sy);
    }

    private static String hex(BrandKit kit, RenderFacts facts, String colourName) {
        return kit.colour(colourName).map(KitColour::hex)
                .orElseGet(() -> facts.coloursUsed().getOrDefault(colourName, MISSING_HEX));
    }

    private static String layerName(Template template, String layerId) {
        return template.layer(layerId).map(Layer::name).orElse(layerId);
    }

    private static Box box(Frame frame) {
        return new Box(frame.x(), frame.y(), Math.max(0, frame.width()), Math.max(0, frame.height()));
    }

    static int rgb(String hex) {
        return Integer.parseInt(hex.substring(1), 16) & 0xFFFFFF;
    }
}
