package studio.quire.brand.compliance;

import studio.quire.brand.BrandKit;
import studio.quire.brand.KitColour;
import studio.quire.brand.KitFont;
import studio.quire.brand.VoiceRules;

import java.util.List;
import java.util.UUID;

/** Small variants and kits for the compliance tests: everything passes unless a test changes it. */
final class Facts {
    static final int INK = 0x14213D;
    static final int WHITE = 0xFFFFFF;
    static final Box SAFE = new Box(64, 64, 952, 952);

    private Facts() {
    }

    /** A 32 px ink text in Inter on white, well inside the safe area. */
    static TextFact text(String slot, String text) {
        return new TextFact(slot, text, "Inter", "Inter", 32, false, INK, WHITE, new Box(100, 100, 400, 100), 0);
    }

    static TextFact text(String slot, String text, Box box) {
        return new TextFact(slot, text, "Inter", "Inter", 32, false, INK, WHITE, box, 0);
    }

    /** A 200 × 100 logo near the bottom right, with a quarter of its height clear around it. */
    static LogoFact logo() {
        return new LogoFact("Mark", new Box(700, 800, 200, 100), 0, 0.25);
    }

    /** A 1080 square with its safe area. */
    static VariantFacts variant(List<TextFact> texts, List<LogoFact> logos, List<Box> others, List<ColourUse> colours) {
        return new VariantFacts(1080, 1080, SAFE, texts, logos, others, colours);
    }

    static VariantFacts texts(TextFact... texts) {
        return variant(List.of(texts), List.of(), List.of(), List.of());
    }

    /** A kit of ink and white, Inter and Source Serif 4, and the given voice. */
    static BrandKit kit(VoiceRules voice) {
        return new BrandKit(UUID.fromString("00000000-0000-4000-8000-0000000000aa"),
                UUID.fromString("00000000-0000-4000-8000-0000000000bb"), "Harbour Ferries", 1,
                List.of(new KitColour("Ink", "#14213D"), new KitColour("White", "#FFFFFF"), new KitColour("Coral", "#F26B4F")),
                List.of(KitFont.fixed("Body", "Inter", 400, 32), KitFont.fixed("Heading", "Source Serif 4", 700, 64)),
                List.of(), voice);
    }

    static BrandKit kit() {
        return kit(VoiceRules.NONE);
    }
}
