package studio.quire.brand.platform;

import java.util.List;

/**
 * The shape of {@code platform-specs.json}, as Jackson reads it: every field named here and no
 * other. Numbers are boxed so that a missing one is seen (and named) rather than read as 0.
 */
final class SpecsFile {
    private SpecsFile() {
    }

    record Sheet(String asOf, String about, List<Placement> placements) {
    }

    record Placement(String id, String name, String network, Integer width, Integer height, Insets safeInsets,
                     String safeZoneNote, List<Limit> textLimits, List<Source> sources, String verifiedOn) {
    }

    record Insets(Integer top, Integer right, Integer bottom, Integer left) {
    }

    record Limit(String text, Integer max, String counting, String since, String note) {
    }

    record Source(String url, String says) {
    }
}
