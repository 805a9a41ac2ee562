package studio.quire.brand.render;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What one render of a variant holds, in plain values: fonts asked for and fonts used, boxes,
 * colours. Compliance checks read these instead of pixels; problems are never silent.
 *
 * @param coloursUsed every kit colour drawn (background, shapes, text), name to {@code #RRGGBB}, in drawing order
 * @param problems    what could not be drawn as the template asks, in a designer's words: a font
 *                    that is not installed, a colour or image that is missing, text cut off, a
 *                    required slot left empty
 */
public record RenderFacts(UUID templateId, long templateVersion, String contentHash, int width, int height,
                          String backgroundHex, List<TextFacts> texts, List<LogoFacts> images,
                          Map<String, String> coloursUsed, List<String> problems) {

    public RenderFacts {
        texts = List.copyOf(texts);
        images = List.copyOf(images);
        coloursUsed = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(coloursUsed));
        problems = List.copyOf(problems);
    }

    /** The text layers whose font is not installed and was drawn in another family. */
    public List<TextFacts> missingFonts() {
        return texts.stream().filter(TextFacts::fontMissing).toList();
    }

    /** The logo layers only. */
    public List<LogoFacts> logos() {
        return images.stream().filter(LogoFacts::logo).toList();
    }
}
