package studio.quire.brand.platform;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One placement a variant is made for ("Instagram post, square", 1080 × 1080), as dated data from
 * {@code platform-specs.json}: its pixels, its safe zone and its text limits, with the sources and
 * the day they were checked, so a finding can cite the row it comes from.
 *
 * @param id           stable name, used in stored variants and findings ("instagram-square")
 * @param name         as a consultant says it ("Instagram post, square")
 * @param network      the network's name as people write it ("Instagram", "X")
 * @param width        canvas width in pixels
 * @param height       canvas height in pixels
 * @param safeInsets   how far the safe zone stays from each edge
 * @param safeZoneNote why the safe zone is where it is (which guidance was chosen)
 * @param textLimits   the texts this placement limits, in the file's order
 * @param sources      where the facts come from
 * @param verifiedOn   the day the facts were last checked
 */
public record PlatformSpec(String id, String name, String network, int width, int height, SafeInsets safeInsets,
                           String safeZoneNote, List<TextLimit> textLimits, List<SpecSource> sources,
                           LocalDate verifiedOn) {

    public PlatformSpec {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("A placement's id is lower case words joined by hyphens, like"
                    + " \"instagram-square\" (it is \"" + id + "\")");
        }
        if (name == null || name.isBlank() || network == null || network.isBlank()) {
            throw new IllegalArgumentException("The placement \"" + id + "\" needs a name and a network");
        }
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("The placement \"" + id + "\" needs a size above 0 (it is " + width + " × "
                    + height + ")");
        }
        Objects.requireNonNull(safeInsets, "safeInsets");
        if (safeInsets.left() + safeInsets.right() >= width || safeInsets.top() + safeInsets.bottom() >= height) {
            throw new IllegalArgumentException("The safe insets of \"" + id + "\" leave nothing of its " + width + " × "
                    + height + " canvas");
        }
        safeZoneNote = safeZoneNote == null ? "" : safeZoneNote.strip();
        textLimits = List.copyOf(textLimits);
        if (textLimits.stream().map(TextLimit::kind).distinct().count() != textLimits.size()) {
            throw new IllegalArgumentException("The placement \"" + id + "\" limits the same text twice");
        }
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("The placement \"" + id + "\" needs at least one source");
        }
        Objects.requireNonNull(verifiedOn, "verifiedOn");
    }

    /** The rectangle inside the safe insets. */
    public SafeArea safeArea() {
        return new SafeArea(safeInsets.left(), safeInsets.top(), width - safeInsets.left() - safeInsets.right(),
                height - safeInsets.top() - safeInsets.bottom());
    }

    /** The limit on one kind of text, if this placement has one. */
    public Optional<TextLimit> limit(LimitKind kind) {
        return textLimits.stream().filter(limit -> limit.kind() == kind).findFirst();
    }
}
