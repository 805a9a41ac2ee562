package studio.quire.brand.render;

import studio.quire.brand.template.Frame;

import java.util.UUID;

/**
 * Where one logo or image layer came out.
 *
 * @param frame the layer's box on this canvas
 * @param drawn the box the image itself covers inside it (a logo is shown whole, so it may be
 *              smaller than the frame); null when the image could not be drawn
 */
public record LogoFacts(String layerId, UUID assetId, boolean logo, Frame frame, Frame drawn) {
}
