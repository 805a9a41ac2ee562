package studio.quire.brand.compliance;

import studio.quire.brand.BrandKit;
import studio.quire.brand.KitColour;
import studio.quire.brand.KitFont;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks one rendered variant against its brand kit, on this computer and without a network, and
 * says what it found, where and why. Each rule is checked once per element it applies to:
 * <ul>
 *   <li>per text: contrast on its background (WCAG AA), font in the kit, font installed, character
 *       limit, inside the safe area, and the kit's voice rules (banned words, preferred terms,
 *       sentence length, reading band);</li>
 *   <li>per logo: inside the safe area, clear space, minimum width;</li>
 *   <li>per colour used: within ΔE00 2 of some kit colour.</li>
 * </ul>
 * A rule the kit leaves empty (no colours, no fonts, no banned words…) is not run. A blank text is
 * not checked at all: nothing is shown. The same facts and kit always give the same report.
 */
public final class ComplianceCheck {

    private ComplianceCheck() {
    }

    /** The compliance report of the variant against the kit. */
    public static ComplianceReport check(VariantFacts facts, BrandKit kit) {
        Tally tally = new Tally();
        VoiceCheck voice = new VoiceCheck(kit.voice());
        Set<String> kitFamilies = kitFamilies(kit);
        for (TextFact text : facts.texts()) {
            if (text.text().isBlank()) {
                continue;
            }
            tally.checked(contrast(text));
            if (!kitFamilies.isEmpty()) {
                tally.checked(fontInKit(text, kit, kitFamilies));
            }
            tally.checked(fontInstalled(text));
            if (text.maxChars() > 0) {
                tally.checked(overLimit(text));
            }
            voice.check(text.slot(), text.text(), tally);
        }
        LayoutCheck.check(facts, tally);
        if (!kit.colours().isEmpty()) {
            List<Lab> palette = kit.colours().stream().map(c -> ColourDifference.lab(c.rgb())).toList();
            for (ColourUse use : facts.colours()) {
                tally.checked(offPalette(use, kit.colours(), palette));
            }
        }
        return tally.report();
    }

    static Finding contrast(TextFact text) {
        double ratio = Contrast.ratio(text.colourRgb(), text.backgroundRgb());
        double required = Contrast.requiredRatio(text.sizePx(), text.bold());
        if (ratio >= required) {
            return null;
        }
        boolean darkText = Contrast.relativeLuminance(text.colourRgb()) <= Contrast.relativeLuminance(text.backgroundRgb());
        String fix = darkText ? "make the text darker or the background lighter" : "make the text lighter or the background darker";
        String measured = Formats.ratio(ratio);
        String threshold = Formats.number(required, 1) + ":1";
        return Finding.of(Rule.CONTRAST, text.slot(), measured, threshold, text.slot() + ": contrast " + measured + " on "
                + Formats.hex(text.backgroundRgb()) + " is below " + threshold + " for text this size; " + fix);
    }

    static Finding fontInKit(TextFact text, BrandKit kit, Set<String> kitFamilies) {
        if (kitFamilies.contains(text.requestedFamily().toLowerCase(Locale.ROOT))) {
            return null;
        }
        List<String> names = new ArrayList<>(new LinkedHashSet<>(kit.fonts().stream().map(KitFont::family).toList()));
        String list = String.join(", ", names);
        return Finding.of(Rule.FONT_NOT_IN_KIT, text.slot(), text.requestedFamily(), list, text.slot() + " is set in "
                + text.requestedFamily() + ", which is not one of the kit's fonts (" + list + ")");
    }

    static Finding fontInstalled(TextFact text) {
        if (text.renderedFamily().equalsIgnoreCase(text.requestedFamily())) {
            return null;
        }
        return Finding.of(Rule.FONT_NOT_INSTALLED, text.slot(), text.renderedFamily(), text.requestedFamily(),
                text.slot() + ": " + text.requestedFamily() + " is not installed on this computer; the preview shows "
                        + text.renderedFamily() + " instead. Install " + text.requestedFamily() + " before exporting");
    }

    static Finding overLimit(TextFact text) {
        int length = text.text().codePointCount(0, text.text().length());
        if (length <= text.maxChars()) {
            return null;
        }
        return Finding.of(Rule.TEXT_OVER_LIMIT, text.slot(), length + " characters", "at most " + text.maxChars()
                + " characters", text.slot() + " has " + length + " characters, " + (length - text.maxChars())
                + " over this slot's limit of " + text.maxChars() + "; shorten it");
    }

    static Finding offPalette(ColourUse use, List<KitColour> colours, List<Lab> palette) {
        Lab lab = ColourDifference.lab(use.rgb());
        int nearest = 0;
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < palette.size(); i++) {
            double d = ColourDifference.deltaE2000(lab, palette.get(i));
            if (d < best) {
                best = d;
                nearest = i;
            }
        }
        if (best <= ColourDifference.PALETTE_TOLERANCE) {
            return null;
        }
        KitColour kitColour = colours.get(nearest);
        String measured = "ΔE " + Formats.number(best, 2) + " from " + kitColour.name();
        String threshold = "ΔE at most " + Formats.number(ColourDifference.PALETTE_TOLERANCE, 1);
        return Finding.of(Rule.COLOUR_OFF_PALETTE, use.where(), measured, threshold, use.where() + ": "
                + Formats.hex(use.rgb()) + " is not a kit colour; the nearest is " + kitColour.name() + " ("
                + kitColour.hex() + "), ΔE " + Formats.number(best, 2) + " away, and the kit allows at most "
                + Formats.number(ColourDifference.PALETTE_TOLERANCE, 1));
    }

    private static Set<String> kitFamilies(BrandKit kit) {
        Set<String> families = new LinkedHashSet<>();
        for (KitFont font : kit.fonts()) {
            families.add(font.family().toLowerCase(Locale.ROOT));
        }
        return families;
    }
}
