package studio.quire.brand.compliance;

import studio.quire.brand.AssetKind;
import studio.quire.brand.BrandAsset;
import studio.quire.brand.BrandKit;
import studio.quire.brand.KitColour;
import studio.quire.brand.KitFont;
import studio.quire.brand.PreferredTerm;
import studio.quire.brand.VoiceRules;

import java.util.List;
import java.util.UUID;

/**
 * Realistic variants to measure and demonstrate the compliance check with: always the same, so a
 * benchmark measures the same work every time.
 */
public final class SampleVariants {
    private static final UUID ORG = UUID.fromString("00000000-0000-4000-8000-000000000012");
    private static final UUID KIT = UUID.fromString("00000000-0000-4000-8000-000000000121");
    private static final UUID MARK = UUID.fromString("00000000-0000-4000-8000-000000000122");

    private static final String HEADLINE = "This summer the harbour ferries run every twenty minutes, from the first light"
            + " of morning until the last warm evening";
    private static final String SUBHEAD = "Book your crossing online in under a minute, bring your bike for free, and"
            + " watch the city slide past from the open upper deck. Children under twelve travel at half the adult fare,"
            + " and a day pass takes you to every island on the line.";
    private static final String BODY = "Our new timetable starts on the first of June. Boats leave the central pier at"
            + " ten, thirty and fifty minutes past each hour, and the last crossing home leaves the islands at eleven at"
            + " night. Every ferry now has a covered deck, step-free access and space for six bicycles. You can purchase"
            + " a single ticket on board, but a day pass bought online is cheaper and lets you hop on and off as often as"
            + " you like. Families travelling together can save even more with the new family pass, which covers two"
            + " adults and up to three children for a whole weekend of exploring the beaches, the lighthouse and the old"
            + " fort on the northern island, where the café serves fresh fish and cold lemonade all afternoon. If the"
            + " weather turns, crossings may be delayed; the live board at the pier and the app always show the next"
            + " departure. We are proud of our world-class crew, who have kept the harbour moving for over sixty years."
            + " Come aboard, take a seat by the window and let the water do the rest.";

    /** A variant together with the kit it is checked against. */
    public record Sample(VariantFacts variant, BrandKit kit) {
    }

    private SampleVariants() {
    }

    /**
     * An Instagram portrait post (1080 × 1350, 64 px safe margins): a headline, a subheading and a
     * body of about 20, 45 and 180 words, one logo, six colours; it breaks a few rules, as real
     * drafts do (a banned word, a preferred term, one long sentence, one colour off the palette).
     */
    public static Sample typical() {
        return new Sample(typicalVariant(), typicalKit());
    }

    private static VariantFacts typicalVariant() {
        int ink = 0x14213D;
        int sand = 0xF4EDE1;
        List<TextFact> texts = List.of(
                new TextFact("Headline", HEADLINE, "Source Serif 4", "Source Serif 4", 64, true, ink, sand,
                        new Box(64, 96, 952, 240), 140),
                new TextFact("Subheading", SUBHEAD, "Inter", "Inter", 30, false, 0x1A6FB0, sand,
                        new Box(64, 360, 952, 200), 280),
                new TextFact("Body", BODY, "Inter", "Inter", 22, false, ink, 0xFFFFFF,
                        new Box(64, 600, 952, 560), 1200));
        List<LogoFact> logos = List.of(new LogoFact("Harbour mark", new Box(840, 1190, 176, 88), 120, 0.25));
        List<Box> others = List.of(new Box(0, 580, 1080, 600), new Box(64, 1200, 300, 80));
        List<ColourUse> colours = List.of(
                new ColourUse("Background", sand),
                new ColourUse("Headline", ink),
                new ColourUse("Subheading", 0x1A6FB0),
                new ColourUse("Body panel", 0xFFFFFF),
                new ColourUse("Body", ink),
                new ColourUse("Button fill", 0xE8553F));
        return new VariantFacts(1080, 1350, new Box(64, 64, 952, 1222), texts, logos, others, colours);
    }

    private static BrandKit typicalKit() {
        List<KitColour> colours = List.of(
                new KitColour("Ink", "#14213D"),
                new KitColour("Harbour blue", "#1A6FB0"),
                new KitColour("Sand", "#F4EDE1"),
                new KitColour("White", "#FFFFFF"),
                new KitColour("Coral", "#F26B4F"));
        List<KitFont> fonts = List.of(
                new KitFont("Heading", "Source Serif 4", 700, 64, 40, 96),
                new KitFont("Body", "Inter", 400, 22, 18, 32));
        BrandAsset mark = new BrandAsset(MARK, "Harbour mark", AssetKind.LOGO, "image/svg+xml",
                "9f2c0e8b3a4d5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8", 400, 200, 120, 0.25);
        VoiceRules voice = new VoiceRules(List.of("world-class", "synergy", "cheap"),
                List.of(new PreferredTerm("buy", "purchase"), new PreferredTerm("ferry", "boat")), 30, 50, 80);
        return new BrandKit(KIT, ORG, "Harbour Ferries", 1, colours, fonts, List.of(mark), voice);
    }
}
