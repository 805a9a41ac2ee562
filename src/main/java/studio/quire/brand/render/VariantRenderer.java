package studio.quire.brand.render;

import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studio.quire.brand.BrandKit;
import studio.quire.brand.KitColour;
import studio.quire.brand.KitFont;
import studio.quire.brand.template.Frame;
import studio.quire.brand.template.ImageFit;
import studio.quire.brand.template.Layer;
import studio.quire.brand.template.LayerType;
import studio.quire.brand.template.Layout;
import studio.quire.brand.template.Placement;
import studio.quire.brand.template.Template;
import studio.quire.brand.template.TextSlot;
import studio.quire.brand.template.VariantContent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The one renderer of variants, for previews and for export: lays a template out at a platform
 * size, fills it, and draws it as a scene-graph pane of exactly that many pixels, with the
 * {@link RenderFacts} of what it drew. Colours and fonts are looked up in the kit by name; a font
 * that is not installed, a missing colour or image, and text cut off are reported in the facts.
 *
 * <p>Build on the FX thread, or on any thread as long as the pane is not yet in a showing scene.
 */
public final class VariantRenderer {
    private static final Logger LOG = LoggerFactory.getLogger(VariantRenderer.class);
    /** Drawn where a kit colour is missing: loud on purpose, and reported. */
    private static final KitColour MISSING = new KitColour("Missing colour", "#FF00FF");
    private final Function<UUID, Image> images;

    /**
     * @param images the kit's images by asset id, fully loaded (not loading in the background);
     *               null for an asset it cannot give
     */
    public VariantRenderer(Function<UUID, Image> images) {
        this.images = Objects.requireNonNull(images, "images");
    }

    public Rendering render(Template template, BrandKit kit, VariantContent content, int width, int height) {
        Layout layout = Layout.at(template, width, height);
        Drawing drawing = new Drawing(kit);
        Pane pane = new Pane();
        pane.setMinSize(width, height);
        pane.setPrefSize(width, height);
        pane.setMaxSize(width, height);
        pane.setClip(new Rectangle(width, height));
        KitColour background = drawing.colour(template.backgroundColour(), "the background");
        Rectangle canvas = new Rectangle(width, height, Color.web(background.hex()));
        pane.getChildren().add(canvas);
        List<TextFacts> texts = new ArrayList<>();
        List<LogoFacts> pictures = new ArrayList<>();
        List<Placement> placements = layout.placements();
        for (int i = 0; i < placements.size(); i++) {
            Placement placed = placements.get(i);
            Layer layer = placed.layer();
            Frame frame = placed.frame();
            switch (layer.type()) {
                case SHAPE -> {
                    KitColour fill = drawing.colour(layer.colour(), "\"" + layer.name() + "\"");
                    Rectangle shape = new Rectangle(frame.x(), frame.y(), frame.width(), frame.height());
                    shape.setFill(Color.web(fill.hex()));
                    pane.getChildren().add(shape);
                }
                case TEXT -> {
                    List<String> under = new ArrayList<>();
                    boolean overImage = Backgrounds.under(placements, i, frame, background.hex(), drawing::quietHex, under);
                    texts.add(drawing.text(pane, layer, frame, content, layout.scale(), under, overImage));
                }
                case IMAGE, LOGO -> pictures.add(drawing.picture(pane, layer, frame, content));
            }
        }
        RenderFacts facts = new RenderFacts(template.id(), template.version(), content.contentHash(), width, height,
                background.hex(), texts, pictures, drawing.used, drawing.problems);
        if (!facts.problems().isEmpty()) {
            LOG.info("{} at {}×{}: {}", template.name(), width, height, facts.problems());
        }
        return new Rendering(pane, facts);
    }

    /** The state of one render: colours used and problems found, in order. */
    private final class Drawing {
        private final BrandKit kit;
        private final Map<String, String> used = new LinkedHashMap<>();
        private final List<String> problems = new ArrayList<>();

        Drawing(BrandKit kit) {
            this.kit = kit;
        }

        KitColour colour(String name, String what) {
            Optional<KitColour> colour = kit.colour(name);
            if (colour.isEmpty()) {
                problems.add("The colour \"" + name + "\" of " + what + " is not in the kit \"" + kit.name()
                        + "\": it is drawn in magenta until one of the kit's colours is chosen");
                return MISSING;
            }
            used.putIfAbsent(colour.get().name(), colour.get().hex());
            return colour.get();
        }

        /** A colour's hex for the facts, without recording it as drawn (it was recorded when drawn). */
        String quietHex(String name) {
            return kit.colour(name).map(KitColour::hex).orElse(MISSING.hex());
        }

        TextFacts text(Pane pane, Layer layer, Frame frame, VariantContent content, double scale, List<String> under,
                       boolean overImage) {
            TextSlot slot = layer.text();
            String words = content.slotTexts().getOrDefault(layer.id(), slot.fromSection() ? "" : slot.binding());
            if (slot.required() && words.isBlank()) {
                problems.add("\"" + layer.name() + "\" is required but has no text");
            }
            if (TextSlot.length(words) > slot.maxChars()) {
                problems.add("\"" + layer.name() + "\" has " + TextSlot.length(words) + " characters, more than the "
                        + slot.maxChars() + " it takes");
            }
            KitColour colour = colour(layer.colour(), "\"" + layer.name() + "\"");
            Optional<KitFont> role = kit.font(layer.fontRole());
            if (role.isEmpty()) {
                problems.add("The font role \"" + layer.fontRole() + "\" of \"" + layer.name() + "\" is not in the kit \""
                        + kit.name() + "\": it is set in the default font");
            }
            String family = role.map(KitFont::family).orElse(javafx.scene.text.Font.getDefault().getFamily());
            int weight = role.map(KitFont::weight).orElse(400);
            double start = Math.max(slot.minSizePx(), Math.min(slot.maxSizePx(),
                    role.map(KitFont::sizePx).orElse(slot.maxSizePx()) * scale));
            TextFitter.Fitted fitted = TextFitter.fit(words, family, weight, frame, start, slot.minSizePx(),
                    alignment(layer));
            Text node = fitted.node();
            node.setFill(Color.web(colour.hex()));
            node.relocate(frame.x(), frame.y());
            if (fitted.overflows()) {
                node.setClip(new Rectangle(0, 0, frame.width(), frame.height()));
                problems.add("\"" + layer.name() + "\" does not fit its box even at " + fitted.sizePx()
                        + " px, the smallest it may be: it is cut off; shorten the text");
            }
            String usedFamily = node.getFont().getFamily();
            if (!usedFamily.equalsIgnoreCase(family)) {
                problems.add("The font \"" + family + "\" of \"" + layer.name() + "\" is not installed on this computer:"
                        + " it was drawn in \"" + usedFamily + "\" instead; install it, or choose another font in the kit");
            }
            pane.getChildren().add(node);
            var b = node.getLayoutBounds();
            Frame textBounds = new Frame(frame.x() + b.getMinX(), frame.y() + b.getMinY(), Math.max(b.getWidth(), 1e-3),
                    Math.max(b.getHeight(), 1e-3));
            return new TextFacts(layer.id(), words, layer.fontRole(), family, usedFamily, weight, fitted.sizePx(), frame,
                    textBounds, colour.name(), colour.hex(), under, overImage, fitted.overflows());
        }

        LogoFacts picture(Pane pane, Layer layer, Frame frame, VariantContent content) {
            UUID assetId = content.slotImages().getOrDefault(layer.id(), layer.assetId());
            boolean logo = layer.type() == LayerType.LOGO;
            Image image = assetId == null ? null : images.apply(assetId);
            if (image == null || image.isError() || image.getWidth() <= 0 || image.getProgress() < 1) {
                if (assetId != null || logo) {
                    problems.add("The " + (logo ? "logo" : "image") + " of \"" + layer.name() + "\" could not be shown: "
                            + (assetId == null ? "none is chosen" : "its file is missing, unreadable or still loading"));
                }
                return new LogoFacts(layer.id(), assetId, logo, frame, null);
            }
            Node view = ImageFitting.view(image, frame, logo ? ImageFit.CONTAIN : layer.fit());
            pane.getChildren().add(view);
            return new LogoFacts(layer.id(), assetId, logo, frame, ImageFitting.drawn(image, frame,
                    logo ? ImageFit.CONTAIN : layer.fit()));
        }
    }

    private static TextAlignment alignment(Layer layer) {
        return switch (layer.align()) {
            case LEFT -> TextAlignment.LEFT;
            case CENTER -> TextAlignment.CENTER;
            case RIGHT -> TextAlignment.RIGHT;
        };
    }

    /** How an image sits in its frame. */
    static final class ImageFitting {
        private ImageFitting() {
        }

        static Node view(Image image, Frame frame, ImageFit fit) {
            ImageView view = new ImageView(image);
            view.setSmooth(true);
            if (fit == ImageFit.COVER) {
                double scale = Math.max(frame.width() / image.getWidth(), frame.height() / image.getHeight());
                double w = frame.width() / scale;
                double h = frame.height() / scale;
                view.setViewport(new Rectangle2D((image.getWidth() - w) / 2, (image.getHeight() - h) / 2, w, h));
            }
            Frame drawn = drawn(image, frame, fit);
            view.setFitWidth(drawn.width());
            view.setFitHeight(drawn.height());
            view.relocate(drawn.x(), drawn.y());
            return view;
        }

        /** The box the image covers: the frame itself for cover, the centred whole image for contain. */
        static Frame drawn(Image image, Frame frame, ImageFit fit) {
            if (fit == ImageFit.COVER) {
                return frame;
            }
            double scale = Math.min(frame.width() / image.getWidth(), frame.height() / image.getHeight());
            double w = image.getWidth() * scale;
            double h = image.getHeight() * scale;
            return new Frame(frame.x() + (frame.width() - w) / 2, frame.y() + (frame.height() - h) / 2, w, h);
        }
    }
}
