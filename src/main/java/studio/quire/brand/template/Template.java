package studio.quire.brand.template;

import studio.quire.brand.AssetKind;
import studio.quire.brand.BrandAsset;
import studio.quire.brand.BrandKit;
import studio.quire.brand.KitFont;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A content template: named layers on a base canvas, laid out again for every platform size by
 * each layer's constraints ({@link Layout}). Every saved change makes a new {@code version}; a
 * variant records the version it was filled from, so the same version with the same fill always
 * gives the same picture.
 *
 * @param baseWidth        the canvas the layers' frames are drawn on, in pixels
 * @param backgroundColour the kit colour behind every layer, by name
 * @param layers           back to front
 */
public record Template(UUID id, String name, long version, int baseWidth, int baseHeight, String backgroundColour,
                       List<Layer> layers) {
    /** The longest side of a canvas (the largest platform size is 1920). */
    public static final int MAX_SIDE = 8192;

    public Template {
        Objects.requireNonNull(id, "id");
        if (name == null || name.isBlank() || name.strip().length() > 120) {
            throw new IllegalArgumentException("A template needs a name of at most 120 characters");
        }
        name = name.strip();
        if (version < 0) {
            throw new IllegalArgumentException("A template's version cannot be negative (it is " + version + ")");
        }
        if (baseWidth < 1 || baseHeight < 1 || baseWidth > MAX_SIDE || baseHeight > MAX_SIDE) {
            throw new IllegalArgumentException("A template's canvas runs from 1 to " + MAX_SIDE + " px on each side (\""
                    + name + "\" is " + baseWidth + " × " + baseHeight + ")");
        }
        Objects.requireNonNull(backgroundColour, "backgroundColour");
        layers = List.copyOf(layers);
        Set<String> ids = new HashSet<>();
        for (Layer layer : layers) {
            if (!ids.add(layer.id())) {
                throw new IllegalArgumentException("Two layers of \"" + name + "\" have the id \"" + layer.id()
                        + "\": give each its own");
            }
            FrameFault fault = FrameFault.of(layer.frame(), baseWidth, baseHeight);
            if (fault != null) {
                throw new IllegalArgumentException("The layer \"" + layer.name() + "\" " + fault.now);
            }
        }
    }

    /**
     * Why a frame is not a sane place on a canvas: a layer must show at least part of itself and
     * stay within one canvas's width and height beyond each edge.
     */
    enum FrameFault {
        OUTSIDE("lies wholly outside the canvas: move it back onto it", "it would lie wholly outside the canvas"),
        TOO_FAR("reaches more than a canvas's size beyond its edge: make it smaller",
                "it would reach more than a canvas's size beyond its edge");

        final String now;
        final String then;

        FrameFault(String now, String then) {
            this.now = now;
            this.then = then;
        }

        /** The fault of this frame on a canvas of this size, or null when it has none. */
        static FrameFault of(Frame frame, double width, double height) {
            if (!frame.overlaps(new Frame(0, 0, width, height))) {
                return OUTSIDE;
            }
            if (!frame.within(new Frame(-width, -height, 3 * width, 3 * height))) {
                return TOO_FAR;
            }
            return null;
        }
    }

    public Optional<Layer> layer(String layerId) {
        return layers.stream().filter(l -> l.id().equals(layerId)).findFirst();
    }

    public Template withLayers(List<Layer> newLayers) {
        return new Template(id, name, version, baseWidth, baseHeight, backgroundColour, newLayers);
    }

    /** The same template with the layer of the same id replaced by this one. */
    public Template withLayer(Layer changed) {
        List<Layer> next = new ArrayList<>(layers);
        next.replaceAll(l -> l.id().equals(changed.id()) ? changed : l);
        return withLayers(next);
    }

    public Template withBackground(String colour) {
        return new Template(id, name, version, baseWidth, baseHeight, colour, layers);
    }

    /** The same template as stored at this version. */
    public Template atVersion(long newVersion) {
        return new Template(id, name, newVersion, baseWidth, baseHeight, backgroundColour, layers);
    }

    /**
     * What does not hold against this kit, in a designer's words: colours and font roles the kit
     * does not have, logos and images it does not hold, text sizes the kit's font role does not allow.
     * Empty when the template can be used with the kit.
     */
    public List<String> problems(BrandKit kit) {
        List<String> problems = new ArrayList<>();
        if (kit.colour(backgroundColour).isEmpty()) {
            problems.add("The background colour \"" + backgroundColour + "\" is not in the kit \"" + kit.name()
                    + "\": choose one of its colours");
        }
        for (Layer layer : layers) {
            if (layer.colour() != null && kit.colour(layer.colour()).isEmpty()) {
                problems.add("The colour \"" + layer.colour() + "\" of \"" + layer.name() + "\" is not in the kit \""
                        + kit.name() + "\": choose one of its colours");
            }
            if (layer.type() == LayerType.TEXT) {
                textProblems(kit, layer, problems);
            } else if (layer.type() == LayerType.LOGO || layer.type() == LayerType.IMAGE) {
                assetProblems(kit, layer, problems);
            }
        }
        return problems;
    }

    private static void textProblems(BrandKit kit, Layer layer, List<String> problems) {
        Optional<KitFont> font = kit.font(layer.fontRole());
        if (font.isEmpty()) {
            problems.add("The font role \"" + layer.fontRole() + "\" of \"" + layer.name() + "\" is not in the kit \""
                    + kit.name() + "\": choose one of its roles");
            return;
        }
        TextSlot slot = layer.text();
        KitFont f = font.get();
        if (slot.minSizePx() < f.minSizePx() || slot.maxSizePx() > f.maxSizePx()) {
            problems.add("\"" + layer.name() + "\" may be set from " + px(slot.minSizePx()) + " to " + px(slot.maxSizePx())
                    + " px, but the kit's " + f.role() + " runs from " + px(f.minSizePx()) + " to " + px(f.maxSizePx())
                    + " px: keep the slot inside the kit's sizes");
        }
    }

    private static void assetProblems(BrandKit kit, Layer layer, List<String> problems) {
        if (layer.assetId() == null) {
            if (layer.type() == LayerType.LOGO) {
                problems.add("The logo layer \"" + layer.name() + "\" shows no logo: choose one of the kit's logos");
            }
            return;
        }
        Optional<BrandAsset> asset = kit.asset(layer.assetId());
        if (asset.isEmpty()) {
            problems.add("\"" + layer.name() + "\" shows an asset the kit \"" + kit.name()
                    + "\" does not hold: choose one of its own");
        } else if (layer.type() == LayerType.LOGO && asset.get().kind() != AssetKind.LOGO) {
            problems.add("The logo layer \"" + layer.name() + "\" shows \"" + asset.get().name()
                    + "\", which the kit keeps as an " + asset.get().kind().dbName() + ", not a logo");
        }
    }

    private static String px(double size) {
        return size == Math.rint(size) ? String.valueOf((long) size) : String.valueOf(size);
    }
}
