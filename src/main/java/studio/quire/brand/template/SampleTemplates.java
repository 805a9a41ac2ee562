package studio.quire.brand.template;

import studio.quire.brand.AssetKind;
import studio.quire.brand.BrandAsset;
import studio.quire.brand.BrandKit;
import studio.quire.brand.KitColour;
import studio.quire.brand.KitFont;

import java.util.List;
import java.util.UUID;

/** A small kit and a square post template made for it: the template and render tests and the brand bench use them. */
public final class SampleTemplates {
    public static final UUID ORG = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    public static final UUID LOGO = UUID.fromString("00000000-0000-0000-0000-00000000001a");
    public static final UUID PHOTO = UUID.fromString("00000000-0000-0000-0000-00000000002b");
    public static final UUID TEMPLATE = UUID.fromString("00000000-0000-0000-0000-0000000000c3");

    private SampleTemplates() {
    }

    /** Harbour Ferries: Ink, Sea and Sand; Heading and Body in the JavaFX default font, always present. */
    public static BrandKit kit() {
        return new BrandKit(UUID.fromString("00000000-0000-0000-0000-0000000000b2"), ORG, "Harbour Ferries", 1,
                List.of(new KitColour("Ink", "#14213D"), new KitColour("Sea", "#1A6FB0"), new KitColour("Sand", "#F4EBD9")),
                List.of(new KitFont("Heading", "System", 700, 64, 24, 96), new KitFont("Body", "System", 400, 32, 16, 48)),
                List.of(new BrandAsset(LOGO, "Harbour mark", AssetKind.LOGO, "image/png", "a".repeat(64), 400, 200, 120, 0.25),
                        new BrandAsset(PHOTO, "Quay at dawn", AssetKind.IMAGE, "image/jpeg", "b".repeat(64), 1600, 1200, 0, 0)),
                studio.quire.brand.VoiceRules.NONE);
    }

    /** A 1080 × 1080 post: a sea-blue band, a title, a body, a photo and the logo pinned bottom right. */
    public static Template post() {
        Layer band = Layer.shape("band", "Band", new Frame(0, 0, 1080, 200), "Sea")
                .withConstraints(new Constraints(HorizontalConstraint.LEFT_RIGHT, VerticalConstraint.TOP))
                .withLocks(Locks.ALL);
        Layer title = Layer.text("title", "Title", new Frame(60, 40, 960, 140),
                        new TextSlot("section.title", 80, 24, 72, true), "Sand", "Heading")
                .withConstraints(new Constraints(HorizontalConstraint.LEFT_RIGHT, VerticalConstraint.TOP))
                .withLocks(Locks.TEXT_ONLY);
        Layer photo = Layer.image("photo", "Photo", new Frame(60, 240, 960, 540), PHOTO);
        Layer body = Layer.text("body", "Body", new Frame(60, 800, 700, 220),
                        new TextSlot("Cross the harbour at dawn.", 300, 16, 40, false), "Ink", "Body")
                .withConstraints(new Constraints(HorizontalConstraint.LEFT, VerticalConstraint.BOTTOM));
        Layer logo = Layer.logo("logo", "Logo", new Frame(820, 900, 200, 100), LOGO)
                .withConstraints(new Constraints(HorizontalConstraint.RIGHT, VerticalConstraint.BOTTOM));
        return new Template(TEMPLATE, "Square post", 3, 1080, 1080, "Sand", List.of(band, title, photo, body, logo));
    }
}
